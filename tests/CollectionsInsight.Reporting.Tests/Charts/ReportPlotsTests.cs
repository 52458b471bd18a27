using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Tests.Report;
using ScottPlot;
using ScottPlot.Plottables;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class ReportPlotsTests
{
    private static readonly Metrics.ChannelEffectivenessResult Empty =
        SampleReport.Content.Effectiveness with { Mixes = [], Survival = [], Dso = [], Aging = [] };

    private static readonly Modeling.ModelCard EmptyCard = SampleReport.Content.Model!.Card with { Policies = [], Overlap = [] };

    [Fact]
    public void DaysToPay_Sample_MeanWithIntervalAndMedianPerMix()
    {
        var plot = ReportPlots.DaysToPay(SampleReport.Content.Effectiveness);

        var mixes = SampleReport.Content.Effectiveness.Headline().Where(m => m.DaysToPay is not null).ToArray();
        Assert.Equal("Days to pay by channel mix (episode view, paid invoices)", plot.Axes.Title.Label.Text);
        Assert.Equal("days", plot.Axes.Left.Label.Text);
        Assert.Equal(["mean (95% bootstrap interval)", "median"], plot.GetPlottables<BarPlot>().Select(b => b.LegendText));
        Assert.Equal(mixes.Select(m => m.DaysToPay!.Mean), plot.GetPlottables<BarPlot>().First().Bars.Select(b => b.Value));
        var errors = plot.GetPlottables<ErrorBar>().Single();
        Assert.Equal(mixes.Select(m => m.MeanDaysToPayInterval!.Upper - m.DaysToPay!.Mean), errors.YErrorPositive!, new ToleranceComparer());
    }

    [Fact]
    public void Survival_Sample_StepCurveAndBandPerMix()
    {
        var plot = ReportPlots.Survival(SampleReport.Content.Effectiveness);

        var curves = plot.GetPlottables<Scatter>().ToArray();
        Assert.NotEmpty(curves);
        Assert.All(curves, c => Assert.Equal(ConnectStyle.StepHorizontal, c.ConnectStyle));
        Assert.All(curves, c => Assert.Equal(new Coordinates(0, 1), c.Data.GetScatterPoints()[0]));
        Assert.Equal(curves.Length, plot.GetPlottables<FillY>().Count());
    }

    [Fact]
    public void Aging_Sample_MixesStackToEachOverdueBucketsAmountNeverChasedAtTheBottom()
    {
        var effectiveness = SampleReport.Content.Effectiveness;

        var plot = ReportPlots.Aging(effectiveness);

        var book = effectiveness.Aging.Where(a => a.Group == "all").ToArray();
        var stacks = plot.GetPlottables<BarPlot>().ToArray();
        Assert.Equal("never chased", stacks[0].LegendText);
        Assert.All(stacks[0].Bars, b => Assert.Equal(0, b.ValueBase));
        Assert.All(stacks, s => Assert.Equal(ReportPlots.MixColor(s.LegendText == "never chased" ? "none" : s.LegendText), s.Bars[0].FillColor));
        // Each bar starts where the mix below it ends, and the top of each stack is the bucket's open amount.
        for (var layer = 1; layer < stacks.Length; layer++)
            Assert.Equal(stacks[layer - 1].Bars.Select(b => b.Value), stacks[layer].Bars.Select(b => b.ValueBase));
        Assert.Equal(book.Where(a => a.ChannelMix == "all" && a.Bucket != "current").Select(a => (double)a.Amount), stacks[^1].Bars.Select(b => b.Value), new ToleranceComparer());
        Assert.Contains(stacks, s => s.LegendText == "phone");
    }

    [Fact]
    public void PastDueByMonth_Sample_BucketsStackToEachMonthEndsPastDueAr()
    {
        var effectiveness = SampleReport.Content.Effectiveness;

        var plot = ReportPlots.PastDueByMonth(effectiveness);

        var months = effectiveness.Dso.Where(d => d.Group == "all" && d.ChannelMix == "all").ToArray();
        var stacks = plot.GetPlottables<BarPlot>().ToArray();
        Assert.Equal(["1-30 days", "31-60 days", "61-90 days", "91-120 days", "over 120 days"], stacks.Select(s => s.LegendText));
        Assert.All(stacks[0].Bars, b => Assert.Equal(0, b.ValueBase));
        for (var layer = 1; layer < stacks.Length; layer++)
        {
            Assert.Equal(stacks[layer - 1].Bars.Select(b => b.Value), stacks[layer].Bars.Select(b => b.ValueBase));
            Assert.Equal(ReportPlots.AgeColor(layer + 1), stacks[layer].Bars[0].FillColor);
        }
        // The top of each month's stack is its AR past due at the month's end.
        Assert.Equal(months.Select(d => (double)(d.ArEnd - d.CurrentArEnd)), stacks[^1].Bars.Select(b => b.Value), new ToleranceComparer());
        Assert.Contains(months, d => d.ArEnd > d.CurrentArEnd);
    }

    [Fact]
    public void PropensityOverlap_Sample_EachChannelsSharesSumToOne()
    {
        var plot = ReportPlots.PropensityOverlap(SampleReport.Content.Model!.Card);

        var histograms = plot.GetPlottables<BarPlot>().ToArray();
        Assert.NotEmpty(histograms);
        Assert.All(histograms, h => Assert.Equal(1, h.Bars.Sum(b => b.Value), 9));
        Assert.All(histograms, h => Assert.Equal(20, h.Bars.Count));
    }

    [Fact]
    public void MixCharts_Sample_EachMixHasOneColourInEveryChart()
    {
        var content = SampleReport.Content;
        var lines = ReportPlots.MonthlyDso(content.Effectiveness).GetPlottables<Scatter>()
            .Concat(ReportPlots.Survival(content.Effectiveness).GetPlottables<Scatter>())
            .Select(l => (Mix: l.LegendText, l.Color));
        var bars = ReportPlots.PropensityOverlap(content.Model!.Card).GetPlottables<BarPlot>().Select(b => (Mix: b.LegendText, b.Bars[0].LineColor));

        var colours = lines.Concat(bars).ToArray();

        Assert.Contains(colours, c => c.Mix == "phone");
        Assert.All(colours, c => Assert.Equal(ReportPlots.MixColor(c.Mix), c.Item2));
        Assert.Equal(5, new[] { "phone", "email", "both", "none", "all" }.Select(ReportPlots.MixColor).Distinct().Count());
    }

    [Fact]
    public void DaysToPay_Sample_BarsOfStatisticsBorrowNoMixColour()
    {
        var mixColours = new[] { "phone", "email", "both", "other", "none" }.Select(ReportPlots.MixColor).ToHashSet();

        var fills = ReportPlots.DaysToPay(SampleReport.Content.Effectiveness).GetPlottables<BarPlot>().SelectMany(b => b.Bars).Select(b => b.FillColor).ToArray();

        Assert.NotEmpty(fills);
        Assert.DoesNotContain(fills, mixColours.Contains);
    }

    [Fact]
    public void PolicyValues_Sample_OneSeriesHasNoLegendToCoverABar()
    {
        var plot = ReportPlots.PolicyValues(SampleReport.Content.Model!.Card);

        Assert.All(plot.GetPlottables<BarPlot>(), b => Assert.True(string.IsNullOrEmpty(b.LegendText)));
        Assert.Empty(plot.Legend.GetItems());
    }

    [Fact]
    public void NoData_EveryChart_RendersNoDataText()
    {
        Plot[] plots =
        [
            ReportPlots.DaysToPay(Empty), ReportPlots.MonthlyDso(Empty), ReportPlots.Survival(Empty), ReportPlots.Aging(Empty), ReportPlots.PastDueByMonth(Empty),
            ReportPlots.PolicyValues(EmptyCard), ReportPlots.PropensityOverlap(EmptyCard),
            ReportPlots.Bars("Nothing", "x", "y", []),
        ];

        foreach (var plot in plots)
        {
            Assert.Matches(@"<text [^>]*>\s*No data\s*</text>", PlotImages.Svg(plot));
            Assert.NotEmpty(PlotImages.Png(plot));
        }
    }

    [Fact]
    public void Bars_ValuesDoNotMatchCategories_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportPlots.Bars("t", "x", "y", ["a", "b"], new BarValues("s", [1.0])));

        Assert.Contains("Series 's' has 1 values for 2 categories", error.Message);
    }

    [Fact]
    public void Bars_OnlyLowGiven_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportPlots.Bars("t", "x", "y", ["a"], new BarValues("s", [1.0], Low: [0.5])));
    }

    [Fact]
    public void Bars_NaNValueOrInterval_LeftOut()
    {
        var plot = ReportPlots.Bars("t", "x", "y", ["a", "b", "c"],
            new BarValues("s", [1.0, double.NaN, 3.0], Low: [0.5, 1, double.NaN], High: [1.5, 3, 4]));

        Assert.Equal([0.0, 2.0], plot.GetPlottables<BarPlot>().Single().Bars.Select(b => b.Position));
        Assert.Equal([0.0], plot.GetPlottables<ErrorBar>().Single().Xs);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double obj) => 0;
    }
}
