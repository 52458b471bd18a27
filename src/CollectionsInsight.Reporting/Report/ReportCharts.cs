using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Charts;
using ScottPlot;

namespace CollectionsInsight.Reporting.Report;

/// <summary>A chart of the report and its file name without extension in <c>charts/</c> (saved as .svg and .png).</summary>
public sealed record ReportChart(string Name, Plot Plot);

/// <summary>The report's charts, built once and shown both as <c>charts/*.svg</c> and <c>charts/*.png</c> files and inline in the HTML report.</summary>
public static class ReportCharts
{
    private const string PolicyValuesName = "policy-values";
    private const string PropensityOverlapName = "propensity-overlap";

    /// <summary>
    /// Days to pay by mix (episode view, with the bootstrap interval), monthly DSO by mix, Kaplan–Meier curves by mix, and
    /// with a channel model its held-out policy values and the propensity overlap.
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

/// <summary>Monthly DSO of the whole book pivoted to month × mix (<c>all</c> first), the shape a line chart needs.</summary>
internal sealed record DsoPivot(IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Mixes, IReadOnlyList<double?[]> Values)
{
    /// <summary>The whole book's DSO rows per month for the book (<c>all</c>) and each mix, latest month last.</summary>
    public static IReadOnlyList<DsoMonth> Book(ChannelEffectivenessResult effectiveness) =>
        effectiveness.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup).ToArray();

    public static DsoPivot Of(ChannelEffectivenessResult effectiveness)
    {
        var rows = Book(effectiveness);
        var months = rows.Select(d => d.Month).Distinct().Order().ToArray();
        var mixes = rows.Select(d => d.ChannelMix).Distinct().ToArray();
        var byKey = rows.ToDictionary(d => (d.Month, d.ChannelMix), d => d.Dso.Days);
        var values = months.Select(month => mixes.Select(mix => byKey.GetValueOrDefault((month, mix))).ToArray()).ToArray();
        return new DsoPivot(months, mixes, values);
    }
}
