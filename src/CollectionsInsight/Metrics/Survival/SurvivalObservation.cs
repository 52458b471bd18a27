namespace CollectionsInsight.Metrics;

/// <summary>
/// One subject of a time-to-event analysis: the event (e.g. paid) was observed after <see cref="Days"/> days,
/// or, when <see cref="EventObserved"/> is false, the subject was censored then (still open at the as-of date).
/// </summary>
public sealed record SurvivalObservation
{
    /// <summary>A subject observed for <paramref name="days"/> days (not negative), ending in the event or censored.</summary>
    public SurvivalObservation(int days, bool eventObserved)
    {
        if (days < 0)
            throw new ArgumentOutOfRangeException(nameof(days), days, "a duration cannot be negative");
        Days = days;
        EventObserved = eventObserved;
    }

    /// <summary>Days from the start to the event or, when censored, to the end of observation.</summary>
    public int Days { get; }

    /// <summary>True when the event happened after <see cref="Days"/>; false when the subject was censored then.</summary>
    public bool EventObserved { get; }
}
