using System.Globalization;
using System.Text;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>
/// What a trained channel model is and how well it did on the newest episodes it was not trained on
/// (<see cref="HeldOutEpisodes"/>, started on or after <see cref="HeldOutFrom"/>). Policy values are
/// doubly-robust estimates of the probability of payment within the horizon, with 95% intervals.
/// </summary>
/// <param name="TrainingEpisodes">All usable episodes; the final model is fitted on all of them.</param>
/// <param name="BestAverageChannel">The channel with the best raw average outcome in training: the naive policy comparing averages.</param>
/// <param name="Candidates">Cross-fitted value of the policy of every learner compared, on the episodes used to choose (not those reported); empty when the learner was given.</param>
/// <param name="Policies">Held-out values: the model's policy, current practice, always phone / email / both, and the best-average channel.</param>
/// <param name="GainOverCurrentPractice">Model policy minus current practice, paired per episode.</param>
/// <param name="Overlap">Propensity distribution per channel on the held-out episodes.</param>
/// <param name="ShareBelowFivePercent">Share of held-out (episode, channel) propensities below 0.05: poor overlap.</param>
/// <param name="Calibration">The outcome model's predictions for the channel each held-out episode got, against what happened.</param>
public sealed record ModelCard(
    CausalLearner Learner,
    string WhyChosen,
    DateOnly AsOf,
    int HorizonDays,
    int WindowDays,
    int TrainingEpisodes,
    int HeldOutEpisodes,
    DateOnly HeldOutFrom,
    ChannelMix BestAverageChannel,
    IReadOnlyList<PolicyEstimate> Candidates,
    IReadOnlyList<PolicyEstimate> Policies,
    PolicyEstimate GainOverCurrentPractice,
    IReadOnlyList<PropensitySummary> Overlap,
    double ShareBelowFivePercent,
    Calibration Calibration)
{
    public const string ModelPolicy = "model";
    public const string CurrentPractice = "current practice";
    public const string BestAverage = "best average channel";

    /// <summary>What the learner is made of, in words.</summary>
    public string Engine => Learner switch
    {
        CausalLearner.Linear => "ML.NET L-BFGS logistic regression",
        CausalLearner.Blend => "ML.NET L-BFGS logistic regression and LightGBM trees",
        _ => "ML.NET LightGBM trees",
    };

    public PolicyEstimate Policy(string name) =>
        Policies.FirstOrDefault(p => p.Policy == name) ?? throw new ArgumentException($"no policy '{name}' on the card", nameof(name));

    public override string ToString()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"Channel model: {Learner.ToWord()}-learner ({Engine}), as of {AsOf:yyyy-MM-dd}");
        Line($"Outcome: paid within {HorizonDays} days of the episode start; treatment: channel mix in the first {WindowDays} days");
        Line($"Why this learner: {WhyChosen}");
        Line($"Episodes: {TrainingEpisodes} (the final model is fitted on all); the {HeldOutEpisodes} newest, from {HeldOutFrom:yyyy-MM-dd}, were held out for the figures below");
        Line($"Held-out policy values (doubly robust, 95% interval; best average channel = {BestAverageChannel.ToWord()}):");
        foreach (var policy in Policies)
            Line($"  {policy.Policy,-22} {policy.Value:0.000}  [{policy.Low:0.000}, {policy.High:0.000}]");
        Line($"  {"gain over current",-22} {GainOverCurrentPractice.Value:+0.000;-0.000;0.000}  [{GainOverCurrentPractice.Low:+0.000;-0.000;0.000}, {GainOverCurrentPractice.High:+0.000;-0.000;0.000}]");
        if (Candidates.Count > 0)
        {
            Line($"Learners compared (cross-fitted value of each one's policy on the older episodes):");
            foreach (var candidate in Candidates)
                Line($"  {candidate.Policy,-22} {candidate.Value:0.000}  [{candidate.Low:0.000}, {candidate.High:0.000}]");
        }
        Line($"Overlap (propensity min / 5% / median / 95% / max):");
        foreach (var o in Overlap)
            Line($"  {o.Channel.ToWord(),-6} {o.Min:0.000} / {o.P05:0.000} / {o.Median:0.000} / {o.P95:0.000} / {o.Max:0.000}");
        Line($"  share of propensities below 0.05: {ShareBelowFivePercent:P1}");
        Line($"Calibration: Brier {Calibration.Brier:0.0000}, log loss {Calibration.LogLoss:0.0000}, AUC {Calibration.Auc:0.000}");
        return text.ToString();
    }
}

/// <summary>How the propensity of one channel was distributed.</summary>
public sealed record PropensitySummary(ChannelMix Channel, double Min, double P05, double Median, double P95, double Max)
{
    /// <summary>The propensity of this channel for each held-out episode, for an overlap histogram; empty in a model saved before it was kept.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];
}

/// <summary>Probability calibration: Brier score, log loss and the area under the ROC curve.</summary>
public sealed record Calibration(double Brier, double LogLoss, double Auc)
{
    public static Calibration Of(IReadOnlyList<double> predicted, IReadOnlyList<float> actual)
    {
        var n = predicted.Count;
        double brier = 0, logLoss = 0;
        for (var i = 0; i < n; i++)
        {
            var p = Math.Clamp(predicted[i], 1e-15, 1 - 1e-15);
            brier += (p - actual[i]) * (p - actual[i]);
            logLoss -= actual[i] > 0.5 ? Math.Log(p) : Math.Log(1 - p);
        }
        return new Calibration(brier / n, logLoss / n, AreaUnderCurve(predicted, actual));
    }

    /// <summary>Mann–Whitney form with average ranks for ties; NaN when one class is absent.</summary>
    private static double AreaUnderCurve(IReadOnlyList<double> predicted, IReadOnlyList<float> actual)
    {
        var order = Enumerable.Range(0, predicted.Count).OrderBy(i => predicted[i]).ToArray();
        var ranks = new double[order.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && predicted[order[end + 1]] == predicted[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        double positives = actual.Count(a => a > 0.5), negatives = actual.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var rankSum = Enumerable.Range(0, ranks.Length).Where(i => actual[i] > 0.5).Sum(i => ranks[i]);
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
