using System.Globalization;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Reporting.Report;

/// <summary>A channel mix's Kaplan–Meier median days from the first contact, and its 95% interval, in the reports' words.</summary>
internal static class MedianWords
{
    /// <summary>What the reports say of a median whose interval the data do not bound.</summary>
    public const string NoInterval = "too few invoices to bound its 95% interval";

    /// <summary>What the reports say where there is no median.</summary>
    public const string NoMedian = "fewer than half of its invoices are known to be paid";

    /// <summary>The 95% interval, e.g. <c>12–15</c>; null unless the data bound both ends.</summary>
    public static string? Interval(MixSummary m) =>
        m.KmMedianLower is { } lower && m.KmMedianUpper is { } upper ? string.Create(CultureInfo.InvariantCulture, $"{lower}–{upper}") : null;
}
