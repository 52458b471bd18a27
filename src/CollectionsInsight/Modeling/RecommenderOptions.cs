using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>Settings of <see cref="ChannelRecommender.Train"/>; saved with the model.</summary>
public sealed record RecommenderOptions
{
    /// <summary>The date the data was exported; default: the latest date in the data.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The outcome: paid within this many days of the episode start.</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>The treatment: the channel mix in this many days from the episode start (the follow-up interval).</summary>
    public int WindowDays { get; init; } = 7;

    public CausalLearner Learner { get; init; } = CausalLearner.Auto;

    public int Seed { get; init; } = 42;

    /// <summary>Blocks of time over which <see cref="CausalLearner.Auto"/> cross-fits the learners it compares.</summary>
    public int Folds { get; init; } = 3;

    /// <summary>Propensities are clipped to [clip, 1 − clip] in doubly-robust scores.</summary>
    public double PropensityClip { get; init; } = 0.02;

    /// <summary>
    /// The newest share of episodes held out to fill the model card; when several learners are compared, half as many
    /// again, just before them, are held out to choose the learner.
    /// </summary>
    public double HeldOutShare { get; init; } = 0.25;

    /// <summary>Collector minutes per effort with each channel.</summary>
    public double PhoneMinutes { get; init; } = 6;

    public double EmailMinutes { get; init; } = 2;

    public double BothMinutes { get; init; } = 8;

    /// <summary>Probability of payment a collector minute is worth: 0 = choose on outcome alone.</summary>
    public double CostWeight { get; init; } = 0.001;

    /// <summary>The collection team's IANA time zone, for the customers' time-zone distance.</summary>
    public string TeamTimeZone { get; init; } = "Europe/Amsterdam";

    /// <summary>A recommendation is low-confidence when customers like this got that channel with a lower propensity.</summary>
    public double LowPropensity { get; init; } = 0.05;

    /// <summary>... or when fewer training episodes with that channel had a similar propensity.</summary>
    public int MinSimilarEpisodes { get; init; } = 30;

    /// <summary>Boosting rounds of the tree learners (LightGBM: learning rate 0.05, 16 leaves, at least 40 episodes per leaf).</summary>
    public int Rounds { get; init; } = 300;

    /// <summary>L2 penalty of the linear learner and the propensity model, on standardised coefficients.</summary>
    public double L2 { get; init; } = 1.0;

    internal LearnerOptions TreeSettings => new() { Seed = Seed, Trees = Rounds };

    internal LearnerOptions LinearSettings => new() { Seed = Seed, L2 = L2 };

    private double Minutes(int channel) => channel switch { 0 => PhoneMinutes, 1 => EmailMinutes, _ => BothMinutes };

    /// <summary>
    /// Of the channels the customer can be reached by, the one with the best predicted outcome net of cost (first in
    /// phone, email, both order on ties).
    /// </summary>
    internal int Choose(ReadOnlySpan<double> predictions, ReadOnlySpan<bool> reachable)
    {
        var best = -1;
        for (var t = 0; t < Channels.Count; t++)
        {
            if (reachable[t] && (best < 0 || NetValue(predictions, t) > NetValue(predictions, best)))
                best = t;
        }
        return best >= 0 ? best : throw new ArgumentException("at least one channel must be reachable", nameof(reachable));
    }

    /// <summary>A channel's predicted outcome less the collector minutes it costs.</summary>
    internal double NetValue(ReadOnlySpan<double> predictions, int channel) => predictions[channel] - CostWeight * Minutes(channel);

    internal void Validate()
    {
        Check(HorizonDays is >= 1 and <= 365, nameof(HorizonDays), HorizonDays, "1 to 365 days");
        Check(WindowDays is >= 1 and <= 60, nameof(WindowDays), WindowDays, "1 to 60 days");
        Check(Folds is >= 2 and <= 10, nameof(Folds), Folds, "2 to 10");
        Check(PropensityClip is > 0 and < 0.5, nameof(PropensityClip), PropensityClip, "between 0 and 0.5");
        Check(HeldOutShare is >= 0.05 and <= 0.5, nameof(HeldOutShare), HeldOutShare, "0.05 to 0.5");
        Check(PhoneMinutes >= 0 && EmailMinutes >= 0 && BothMinutes >= 0, "minutes", PhoneMinutes, "zero or more");
        Check(CostWeight is >= 0 and <= 1, nameof(CostWeight), CostWeight, "0 to 1");
        Check(LowPropensity is >= 0 and < 1, nameof(LowPropensity), LowPropensity, "0 to 1");
        Check(MinSimilarEpisodes >= 0, nameof(MinSimilarEpisodes), MinSimilarEpisodes, "zero or more");
        Check(L2 is >= 0 and <= 1e6, nameof(L2), L2, "0 to 1,000,000");
        Check(Rounds is >= 1 and <= 5000, nameof(Rounds), Rounds, "1 to 5000");
    }

    private static void Check(bool valid, string name, object value, string range)
    {
        if (!valid) throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}");
    }
}

/// <summary>The recommendation for one customer: the channel, the predicted outcomes, the expected gain and why.</summary>
/// <param name="InvoiceId">The oldest open overdue invoice the effort is about; null for a typical invoice.</param>
/// <param name="RunnerUp">The next best channel the customer can be reached by; null when the recommended one is the only one.</param>
/// <param name="CurrentPractice">The predicted probability under the channels collectors give such customers today (propensity-weighted).</param>
/// <param name="ExpectedGain">Predicted probability under the recommendation minus <paramref name="CurrentPractice"/>.</param>
/// <param name="LowConfidence">Customers like this rarely got the recommended channel, so the prediction rests on little data.</param>
/// <param name="Reasons">Up to three reasons in plain words: a missing contact detail that ruled channels out, then the features that most favour the recommendation over the next best channel.</param>
public sealed record ChannelRecommendation(
    string CustomerId,
    string? InvoiceId,
    ChannelMix Channel,
    ChannelMix? RunnerUp,
    double PPaidPhone,
    double PPaidEmail,
    double PPaidBoth,
    double CurrentPractice,
    double ExpectedGain,
    bool LowConfidence,
    IReadOnlyList<string> Reasons)
{
    public double PPaid(ChannelMix mix) => ChannelChoices.Pick(mix, PPaidPhone, PPaidEmail, PPaidBoth);
}
