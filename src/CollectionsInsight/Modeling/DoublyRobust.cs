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
    /// <param name="propensities">rows × 3, row-major.</param>
    /// <param name="predictions">rows × 3, row-major.</param>
    /// <returns>Γ, rows × 3, row-major.</returns>
    public static double[] Scores(IReadOnlyList<int> treatments, IReadOnlyList<float> outcomes, double[] propensities, double[] predictions, double clip)
    {
        var rows = treatments.Count;
        if (outcomes.Count != rows || propensities.Length != rows * Channels.Count || predictions.Length != rows * Channels.Count)
            throw new ArgumentException("treatments, outcomes, propensities and predictions must describe the same rows");
        var scores = new double[rows * Channels.Count];
        for (var i = 0; i < rows; i++)
        {
            for (var t = 0; t < Channels.Count; t++)
            {
                var k = i * Channels.Count + t;
                var e = Math.Clamp(propensities[k], clip, 1 - clip);
                scores[k] = predictions[k] + (treatments[i] == t ? (outcomes[i] - predictions[k]) / e : 0);
            }
        }
        return scores;
    }

    /// <summary>The value of the policy that gives row i channel <paramref name="policy"/>[i].</summary>
    public static PolicyEstimate Value(string name, double[] scores, IReadOnlyList<int> policy) =>
        Estimate(name, policy.Select((t, i) => scores[i * Channels.Count + t]).ToArray());

    /// <summary>
    /// How much better <paramref name="policy"/> is than <paramref name="baseline"/>, paired row by row: rows where the
    /// two agree add nothing, so the interval is far narrower than that of the two values apart.
    /// </summary>
    public static PolicyEstimate Difference(string name, double[] scores, IReadOnlyList<int> policy, IReadOnlyList<int> baseline,
        double confidence = 0.95) =>
        Estimate(name, policy.Select((t, i) => scores[i * Channels.Count + t] - scores[i * Channels.Count + baseline[i]]).ToArray(), confidence);

    /// <summary>The mean of per-row contributions with a normal interval (95% unless told otherwise).</summary>
    public static PolicyEstimate Estimate(string name, IReadOnlyList<double> contributions, double confidence = 0.95)
    {
        var n = contributions.Count;
        if (n == 0) throw new ArgumentException("no rows to estimate from", nameof(contributions));
        var mean = contributions.Average();
        var variance = n > 1 ? contributions.Sum(c => (c - mean) * (c - mean)) / (n - 1) : 0;
        var half = Normal.InvCDF(0, 1, 0.5 + confidence / 2) * Math.Sqrt(variance / n);
        return new PolicyEstimate(name, mean, mean - half, mean + half);
    }
}

/// <summary>An estimated policy value (probability of payment within the horizon) or gain, with its interval (95% unless told otherwise).</summary>
public sealed record PolicyEstimate(string Policy, double Value, double Low, double High)
{
    public bool IntervalContains(double value) => Low <= value && value <= High;

    public override string ToString() => $"{Policy}: {Value:0.000} [{Low:0.000}, {High:0.000}]";
}
