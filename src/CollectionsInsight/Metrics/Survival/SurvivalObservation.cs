namespace CollectionsInsight.Metrics;

/// <summary>
/// One subject of a time-to-event analysis: the event (e.g. paid) was observed after <see cref="Days"/> days,
/// or, when <see cref="EventObserved"/> is false, the subject was censored then (still open at the as-of date).
/// </summary>
public sealed record SurvivalObservation
{
    public SurvivalObservation(int days, bool eventObserved)
    {
        if (days < 0)
            throw new ArgumentOutOfRangeException(nameof(days), days, "a duration cannot be negative");
        Days = days;
        EventObserved = eventObserved;
    }

    public int Days { get; }

    public bool EventObserved { get; }
}
