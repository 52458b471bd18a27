using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Report;

/// <summary>The report's charts, built once and shown both as <c>charts/*.svg</c> and <c>charts/*.png</c> files and inline in the HTML report.</summary>
internal static class ReportCharts
{
    private const string PolicyValuesName = "policy-values";
    private const string PropensityOverlapName = "propensity-overlap";

    /// <summary>
    /// Days to pay by mix (episode view, with the bootstrap interval), monthly DSO by mix, Kaplan–Meier curves by mix, the
    /// overdue AR by mix and by month, and with a channel model its held-out policy values and the propensity overlap.
    /// </summary>
    public static IReadOnlyList<ReportChart> Build(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var effectiveness = content.Effectiveness;
        ReportChart[] charts =
        [
            new("days-to-pay-by-mix", ReportPlots.DaysToPay(effectiveness)),
            new("dso-by-mix", ReportPlots.MonthlyDso(effectiveness)),
            new("survival-by-mix", ReportPlots.Survival(effectiveness)),
            new("ar-aging-by-mix", ReportPlots.Aging(effectiveness)),
            new("ar-past-due-by-month", ReportPlots.PastDueByMonth(effectiveness)),
        ];
        return content.Model is { } model
            ? [.. charts, new(PolicyValuesName, ReportPlots.PolicyValues(model.Card)), new(PropensityOverlapName, ReportPlots.PropensityOverlap(model.Card))]
            : charts;
    }

    /// <summary>Whether the chart belongs to the channel model (the HTML report shows it in the model section).</summary>
    internal static bool IsModelChart(ReportChart chart) => chart.Name is PolicyValuesName or PropensityOverlapName;

    /// <summary>Writes every chart to <paramref name="folder"/> (created if needed) as <c>name.svg</c> and <c>name.png</c>.</summary>
    public static void Save(string folder, IEnumerable<ReportChart> charts)
    {
        foreach (var chart in charts) PlotImages.Save(chart.Plot, Path.Combine(folder, chart.Name));
    }
}
