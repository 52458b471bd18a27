using CollectionsInsight.Domain;

namespace CollectionsInsight.Reporting.Report;

/// <summary>The as-of date of an analysis and, in words, why it is that date.</summary>
public sealed record AsOfChoice(DateOnly Date, string Why)
{
    /// <summary>The date given, else the latest date in the data that is not an outlier, else (no dates at all) today.</summary>
    public static AsOfChoice Of(CollectionHistory history, DateOnly? given, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(time);
        if (given is { } date) return new(date, "given with --as-of");
        if (history.LatestDate is not { } latest) return new(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), "today, as the data has no dates");
        return new(latest, history.LaterDatesSetAside switch
        {
            0 => "the latest date in the data",
            1 => "the latest date in the data; 1 later date is set aside as an outlier (see the data-quality warnings)",
            var n => $"the latest date in the data; {n:N0} later dates are set aside as outliers (see the data-quality warnings)",
        });
    }

    /// <summary>The line a console prints: <c>As of 2025-06-30: the latest date in the data.</c></summary>
    public override string ToString() => $"As of {Date:yyyy-MM-dd}: {Why}.";
}
