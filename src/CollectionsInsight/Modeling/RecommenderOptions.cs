namespace CollectionsInsight.Modeling;

/// <summary>
/// Settings of <see cref="ChannelRecommender.Train"/>: what is learned (the as-of date, the outcome and the treatment),
/// the decision the model makes (<see cref="Decision"/>) and the advanced training knobs (<see cref="Training"/>).
/// Saved with the model.
/// </summary>
public sealed record RecommenderOptions
{
    /// <summary>The date the data was exported; default: the latest date in the data.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The outcome: paid within this many days of the episode start.</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>The treatment: the channel mix in this many days from the episode start (the follow-up interval).</summary>
    public int WindowDays { get; init; } = 7;

    /// <summary>The collection team's IANA time zone, for the customers' time-zone distance.</summary>
    public string TeamTimeZone { get; init; } = "Europe/Amsterdam";

    /// <summary>How the model chooses a channel from its predictions: collector minutes and what they cost.</summary>
    public ChannelDecision Decision { get; init; } = new();

    /// <summary>How the model is trained: the learner, the seed and the tuning knobs.</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <exception cref="ArgumentOutOfRangeException">A setting outside its range.</exception>
    internal void Validate()
    {
        OptionRange.Check(HorizonDays is >= 1 and <= 365, nameof(HorizonDays), HorizonDays, "1 to 365 days");
        OptionRange.Check(WindowDays is >= 1 and <= 60, nameof(WindowDays), WindowDays, "1 to 60 days");
        Training.Validate();
        Decision.Validate();
    }
}
