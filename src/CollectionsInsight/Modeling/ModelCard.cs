using System.Diagnostics;
using System.Globalization;
using System.Text;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>
/// What a trained channel model is and how well it did on the newest episodes it was not trained on
/// (<see cref="HeldOutEpisodes"/>, started on or after <see cref="HeldOutFrom"/>). Policy values are
/// doubly-robust estimates of the probability of payment within the horizon, with 95% intervals.
/// </summary>
/// <param name="Learner">The outcome learner the model uses.</param>
/// <param name="WhyChosen">Why that learner, in plain words.</param>
/// <param name="AsOf">The training as-of date.</param>
/// <param name="HorizonDays">The outcome: paid within this many days of the episode start.</param>
/// <param name="WindowDays">The treatment: the channel mix in this many days from the episode start.</param>
/// <param name="TrainingEpisodes">All usable episodes; the final model is fitted on all of them.</param>
/// <param name="HeldOutEpisodes">The newest episodes, held out for the figures on the card.</param>
/// <param name="HeldOutFrom">The start of the oldest held-out episode.</param>
/// <param name="BestAverageChannel">The channel with the best raw average outcome in training: the naive policy comparing averages.</param>
/// <param name="Candidates">Cross-fitted value of the policy of every learner compared, on the episodes used to choose (not those reported); empty when the learner was given.</param>
/// <param name="Policies">Held-out values: the model's policy, current practice, always phone / email / both, and the best-average channel.</param>
/// <param name="GainOverCurrentPractice">Model policy minus current practice, paired per episode.</param>
/// <param name="Overlap">Propensity distribution per channel on the held-out episodes.</param>
/// <param name="ShareBelowFivePercent">Share of held-out (episode, channel) propensities below 0.05: poor overlap.</param>
/// <param name="Calibration">The outcome model's predictions for the channel each held-out episode got, against what happened.</param>
/// <param name="Differences">How far the held-out episodes confirm the predicted differences between channels, and the share of them the model keeps.</param>
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
    Calibration Calibration,
    ChannelDifferences Differences)
{
    /// <summary>The name of the model's policy in <see cref="Policies"/>.</summary>
    public const string ModelPolicy = "model";

    /// <summary>The name of today's practice in <see cref="Policies"/>: what the collectors did.</summary>
    public const string CurrentPractice = "current practice";

    /// <summary>The name of the best-average-channel policy in <see cref="Policies"/>.</summary>
    public const string BestAverage = "best average channel";

    /// <summary>
    /// Whether the held-out episodes confirm that following the model beats current practice (the 95% interval of the gain
    /// lies above zero). The worklist follows a model's advice only then: an unconfirmed model would replace the contact
    /// rules on no evidence.
    /// </summary>
    public bool GainConfirmed => GainOverCurrentPractice.Low > 0;

    /// <summary>What the learner is made of, in words.</summary>
    public string Engine => Learner switch
    {
        CausalLearner.Linear => "ML.NET L-BFGS logistic regression",
        CausalLearner.Blend => "ML.NET L-BFGS logistic regression and LightGBM trees",
        CausalLearner.SLearner or CausalLearner.TLearner or CausalLearner.Auto => "ML.NET LightGBM trees",
        _ => throw new UnreachableException($"learner {Learner}"),
    };

    /// <summary>The held-out value of the policy named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No policy of that name is on the card.</exception>
    public PolicyEstimate Policy(string name) =>
        Policies.FirstOrDefault(p => p.Policy == name) ?? throw new ArgumentException($"no policy '{name}' on the card", nameof(name));

    /// <summary>The card in plain text, as the console prints it.</summary>
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
        Line($"Differences between channels: {Differences.InWords}");
        return text.ToString();
    }
}
