using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Report;

/// <summary>A chart of the report and the file name it is saved under in <c>charts/</c>.</summary>
public sealed record ReportChart(string FileName, Chart Chart);

/// <summary>The report's SVG charts, built once and shown both as <c>charts/*.svg</c> files and inline in the HTML report.</summary>
public static class ReportCharts
{
    private const string PolicyValuesId = "policy-values";
    private const string PropensityOverlapId = "propensity-overlap";

    /// <summary>
    /// Days to pay by mix (episode view, with the bootstrap interval), monthly DSO by mix, Kaplan–Meier curves by mix, and
    /// with a channel model its held-out policy values and the propensity overlap.
    /// </summary>
    public static IReadOnlyList<ReportChart> Build(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Model is { } model
            ? [DaysToPay(content), MonthlyDso(content), Survival(content), PolicyValues(model.Card), PropensityOverlap(model.Card)]
            : [DaysToPay(content), MonthlyDso(content), Survival(content)];
    }

    /// <summary>Whether the chart belongs to the channel model (the HTML report shows it in the model section).</summary>
    internal static bool IsModelChart(ReportChart chart) => chart.Chart.Id is PolicyValuesId or PropensityOverlapId;

    /// <summary>Writes every chart to <paramref name="folder"/> (created if needed).</summary>
    public static void Save(string folder, IEnumerable<ReportChart> charts)
    {
        foreach (var chart in charts) chart.Chart.Save(Path.Combine(folder, chart.FileName));
    }

    private static ReportChart DaysToPay(ReportContent content)
    {
        var mixes = content.EpisodeMixes.Where(m => m.DaysToPay is not null).ToArray();
        var chart = new BarChart("Days to pay by channel mix (episode view, paid invoices)", mixes.Select(m => m.Mix.ToWord()))
        {
            Id = "days-to-pay",
            XLabel = $"channel mix in the first {content.Effectiveness.Options.WindowDays} days of the episode",
            YLabel = "days",
        }
            .AddSeries("mean (95% bootstrap interval)", mixes.Select(m => m.DaysToPay!.Mean),
                low: mixes.Select(m => m.MeanDaysToPayInterval?.Lower ?? double.NaN),
                high: mixes.Select(m => m.MeanDaysToPayInterval?.Upper ?? double.NaN))
            .AddSeries("median", mixes.Select(m => m.DaysToPay!.Median));
        return new ReportChart("days-to-pay-by-mix.svg", chart);
    }

    private static ReportChart MonthlyDso(ReportContent content)
    {
        var pivot = DsoPivot.Of(content);
        var chart = new LineChart($"DSO by month and channel mix (lifetime view, {content.Effectiveness.Options.DsoPeriodMonths}-month periods)", pivot.Months)
        {
            Id = "dso-by-mix",
            XLabel = "month",
            YLabel = "DSO (days)",
        };
        for (var s = 0; s < pivot.Mixes.Count; s++)
        {
            var column = s;
            chart.AddSeries(pivot.Mixes[s], pivot.Values.Select(row => row[column]));
        }
        return new ReportChart("dso-by-mix.svg", chart);
    }

    private static ReportChart PolicyValues(ModelCard card)
    {
        var chart = new BarChart($"Held-out value of each policy (doubly robust, 95% interval, {card.HeldOutEpisodes:N0} episodes)", card.Policies.Select(p => p.Policy))
        {
            Id = PolicyValuesId,
            XLabel = "policy",
            YLabel = $"share paid within {card.HorizonDays} days",
        }
            .AddSeries("estimated value", card.Policies.Select(p => p.Value), low: card.Policies.Select(p => p.Low), high: card.Policies.Select(p => p.High));
        return new ReportChart("policy-values.svg", chart);
    }

    /// <summary>The propensity of each channel on the held-out episodes: mass near zero means the data rarely saw that channel for such episodes.</summary>
    private static ReportChart PropensityOverlap(ModelCard card)
    {
        var chart = new Histogram("Propensity overlap: how likely each channel was, held-out episodes")
        {
            Id = PropensityOverlapId,
            Min = 0,
            Max = 1,
            BinCount = 20,
            ShowShare = true,
            XLabel = "propensity (modelled probability the collectors chose the channel)",
        };
        foreach (var o in card.Overlap) chart.AddSeries(o.Channel.ToWord(), o.Values);
        return new ReportChart("propensity-overlap.svg", chart);
    }

    private static ReportChart Survival(ReportContent content)
    {
        var chart = new StepChart("Invoices still unpaid by channel mix (Kaplan–Meier, 95% band)")
        {
            Id = "survival",
            XLabel = "days since the episode start",
            YLabel = "share unpaid",
        };
        foreach (var curve in content.Effectiveness.Survival.Where(s => s.View == MixView.Episode && s.Group == ChannelEffectiveness.AllGroup && s.Curve.SubjectCount > 0))
        {
            var steps = curve.Curve.Steps;
            chart.AddSeries(curve.Mix.ToWord(), steps.Select(s => (double)s.Day), steps.Select(s => s.Survival),
                steps.Select(s => s.Lower ?? double.NaN), steps.Select(s => s.Upper ?? double.NaN));
        }
        return new ReportChart("survival-by-mix.svg", chart);
    }
}

/// <summary>Monthly DSO of the whole book pivoted to month × mix (<c>all</c> first), the shape a line chart needs.</summary>
internal sealed record DsoPivot(IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Mixes, IReadOnlyList<double?[]> Values)
{
    public static DsoPivot Of(ReportContent content)
    {
        var rows = content.BookDso;
        var months = rows.Select(d => d.Month).Distinct().Order().ToArray();
        var mixes = rows.Select(d => d.ChannelMix).Distinct().ToArray();
        var byKey = rows.ToDictionary(d => (d.Month, d.ChannelMix), d => d.Dso.Days);
        var values = months.Select(month => mixes.Select(mix => byKey.GetValueOrDefault((month, mix))).ToArray()).ToArray();
        return new DsoPivot(months, mixes, values);
    }
}
