namespace CollectionsInsight.Domain;

/// <summary>
/// Finds the dates of a history that are outliers: later than today (the export date), or a few dates cut off
/// from the rest of the data by a long stretch without any event, such as one payment mistyped a year late.
/// Outliers are kept but set aside: the default as-of date is the latest date that is not one.
/// </summary>
internal static class DateOutliers
{
    /// <summary>A stretch without any event longer than this separates outliers from the data.</summary>
    public const int GapDays = 180;

    /// <summary>Below this many dates the data is too thin to call any of its dates far outside the rest.</summary>
    private const int MinDates = 20;

    /// <summary>
    /// The first and last dates that are not outliers, or null when there are none. Outliers are at most 1% of the
    /// dates (at least one) at either end, separated from the rest by more than <see cref="GapDays"/> days.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? UsableRange(IReadOnlyList<DateOnly> dates, DateOnly? today)
    {
        var latest = today?.DayNumber ?? int.MaxValue;
        var kept = 0;
        var all = new int[dates.Count];
        foreach (var date in dates)
            if (date.DayNumber <= latest) all[kept++] = date.DayNumber;
        var days = all.AsSpan(0, kept);
        if (days.Length == 0) return null;
        SortDays(days);
        int first = 0, last = days.Length - 1;
        if (days.Length >= MinDates)
        {
            var most = Math.Max(1, days.Length / 100);
            for (var j = 1; j <= most; j++)
            {
                if (days[^j] - days[^(j + 1)] > GapDays) last = days.Length - j - 1;
                if (days[j] - days[j - 1] > GapDays) first = j;
            }
        }
        return (DateOnly.FromDayNumber(days[first]), DateOnly.FromDayNumber(days[last]));
    }

    /// <summary>
    /// Day numbers lie between 0 and 3.7 million (years 1 to 9999), so millions of them sort in linear time by counting
    /// how often each day occurs: several times faster than a comparison sort.
    /// </summary>
    private static void SortDays(Span<int> days)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var day in days)
        {
            min = Math.Min(min, day);
            max = Math.Max(max, day);
        }
        var counts = new int[max - min + 1];
        foreach (var day in days) counts[day - min]++;
        var next = 0;
        for (var offset = 0; offset < counts.Length; offset++)
            for (var count = counts[offset]; count > 0; count--) days[next++] = min + offset;
    }
}
