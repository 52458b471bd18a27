namespace CollectionsInsight.Reporting.Charts;

/// <summary>One series of <see cref="ReportPlots.Bars"/> (named apart from ScottPlot.BarSeries): a value per category (NaN leaves the bar out) and optionally an interval per bar.</summary>
/// <param name="Name">The legend text, e.g. "mean (95% bootstrap interval)".</param>
/// <param name="Values">One value per category.</param>
/// <param name="Low">The lower ends of the intervals drawn as error bars (NaN leaves one out); give both ends or neither.</param>
/// <param name="High">The upper ends of the intervals.</param>
public sealed record BarValues(string Name, IReadOnlyList<double> Values, IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null);
