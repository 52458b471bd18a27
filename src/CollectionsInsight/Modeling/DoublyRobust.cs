using CollectionsInsight.Domain;
using MathNet.Numerics.Distributions;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Doubly-robust (AIPW) scores and policy values. For episode i with channel Tᵢ, outcome Yᵢ, propensities eₜ(xᵢ)
/// and outcome predictions μₜ(xᵢ), the score of channel t is Γᵢₜ = μₜ(xᵢ) + 1{Tᵢ = t}·(Yᵢ − μₜ(xᵢ)) / eₜ(xᵢ);
/// the value of a policy is the mean of Γᵢ,π(xᵢ), with a normal 95% interval from the scores' standard error.
/// Propensities are clipped to [clip, 1 − clip] so a few near-zero ones cannot dominate.
/// </summary>
internal static class DoublyRobust
{
    /// <returns>Γ per row and channel.</returns>
    /// <exception cref="ArgumentException">The inputs describe different numbers of rows.</exception>
    public static ChannelTable<double> Scores(IReadOnlyList<ChannelMix> treatments, IReadOnlyList<float> outcomes,
        ChannelTable<double> propensities, ChannelTable<double> predictions, double clip)
    {
        var rows = treatments.Count;
        if (outcomes.Count != rows || propensities.Rows != rows || predictions.Rows != rows)
            throw new ArgumentException("treatments, outcomes, propensities and predictions must describe the same rows");
        var scores = new ChannelTable<double>(rows);
        for (var i = 0; i < rows; i++)
        {
            foreach (var t in ChannelChoices.All)
            {
                var e = Math.Clamp(propensities[i, t], clip, 1 - clip);
                var mu = predictions[i, t];
                scores[i, t] = mu + (treatments[i] == t ? (outcomes[i] - mu) / e : 0);
            }
        }
        return scores;
    }

    /// <summary>Where a policy value lies: it is a probability of payment.</summary>
    public static readonly (double Min, double Max) Probability = (0, 1);

    /// <summary>Where the difference of two policy values lies.</summary>
    public static readonly (double Min, double Max) ProbabilityDifference = (-1, 1);

    /// <summary>The value of the policy that gives row i channel <paramref name="policy"/>[i].</summary>
    public static PolicyEstimate Value(string name, ChannelTable<double> scores, IReadOnlyList<ChannelMix> policy) =>
        Estimate(name, policy.Select((t, i) => scores[i, t]).ToArray(), Probability);

    /// <summary>
    /// How much better <paramref name="policy"/> is than <paramref name="baseline"/>, paired row by row: rows where the
    /// two agree add nothing, so the interval is far narrower than that of the two values apart.
    /// </summary>
    public static PolicyEstimate Difference(string name, ChannelTable<double> scores, IReadOnlyList<ChannelMix> policy,
        IReadOnlyList<ChannelMix> baseline, double confidence = 0.95) =>
        Estimate(name, policy.Select((t, i) => scores[i, t] - scores[i, baseline[i]]).ToArray(), ProbabilityDifference, confidence);

    /// <summary>
    /// The mean of per-row contributions with a normal interval (95% unless told otherwise), both kept within
    /// <paramref name="range"/>, where the true value lies: on a few rows, doubly-robust scores weighted up by small
    /// propensities can average outside it.
    /// </summary>
    public static PolicyEstimate Estimate(string name, IReadOnlyList<double> contributions, (double Min, double Max) range, double confidence = 0.95)
    {
        var n = contributions.Count;
        if (n == 0) throw new ArgumentException("no rows to estimate from", nameof(contributions));
        var mean = contributions.Average();
        var variance = n > 1 ? contributions.Sum(c => (c - mean) * (c - mean)) / (n - 1) : 0;
        var half = Normal.InvCDF(0, 1, 0.5 + confidence / 2) * Math.Sqrt(variance / n);
        double Within(double x) => Math.Clamp(x, range.Min, range.Max);
        return new PolicyEstimate(name, Within(mean), Within(mean - half), Within(mean + half));
    }
}
