using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class LineChartTests
{
    private static readonly DateOnly[] Months = [new(2025, 1, 1), new(2025, 2, 1), new(2025, 3, 1), new(2025, 4, 1)];

    [Fact]
    public void ToSvg_ThreeSeries_OnePathAndOneMarkerPerValue()
    {
        var chart = new LineChart("DSO by channel mix", Months)
            .AddSeries("phone", [44.0, 41.5, 39.8, 40.0])
            .AddSeries("email", [47.1, 46.0, 45.0, 44.2])
            .AddSeries("both", [50.0, 49.0, 51.0, 52.5]);

        var doc = Svg.Parse(chart);

        Assert.Equal(3, doc.Marks("path", "line").Count);
        Assert.Equal(12, doc.Marks("circle", "marker").Count);
    }

    [Fact]
    public void ToSvg_Months_LabelledMonthAndYear()
    {
        var doc = Svg.Parse(new LineChart("DSO", Months).AddSeries("all", [1.0, 2, 3, 4]));

        var labels = doc.Descendants(Svg.Ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Jan 2025", labels);
        Assert.Contains("Apr 2025", labels);
    }

    [Fact]
    public void ToSvg_NullAndNaN_GapsSplitTheLine()
    {
        var chart = new LineChart("DSO", ["Jan", "Feb", "Mar", "Apr", "May", "Jun"])
            .AddSeries("email", [47.1, null, 45.0, 44.0, double.NaN, 43.0]);

        var doc = Svg.Parse(chart);

        var d = (string)doc.Marks("path", "line").Single().Attribute("d")!;
        Assert.Equal(3, Svg.Subpaths(d));
        Assert.Equal(4, Svg.Points(d).Count);
        Assert.Equal(4, doc.Marks("circle", "marker").Count);
    }

    [Fact]
    public void ToSvg_Points_AtCategoryCentresAndValues()
    {
        var chart = new LineChart("DSO", ["Jan", "Feb"]).AddSeries("all", [40.0, 50.0]);
        var frame = chart.CreateFrame();

        var d = (string)Svg.Parse(chart).Marks("path", "line").Single().Attribute("d")!;

        Svg.AssertPoints([(frame.CategoryCenter(0), frame.Y(40)), (frame.CategoryCenter(1), frame.Y(50))], d);
    }

    [Fact]
    public void ToSvg_SinglePoint_MarkerShown()
    {
        var doc = Svg.Parse(new LineChart("DSO", ["Jan"]).AddSeries("all", [40.0]));

        Assert.Single(doc.Marks("circle", "marker"));
        Assert.Equal(1, Svg.Subpaths((string)doc.Marks("path", "line").Single().Attribute("d")!));
    }

    [Fact]
    public void ToSvg_AllEqualValuesWithoutZero_AxisAroundTheValue()
    {
        var chart = new LineChart("DSO", ["Jan", "Feb"]) { IncludeZero = false }.AddSeries("all", [45.0, 45.0]);

        var ticks = chart.CreateFrame().YTicks;

        Assert.True(ticks.Min > 0 && ticks.Min < 45 && ticks.Max > 45);
    }

    [Fact]
    public void ToSvg_IncludeZeroByDefault_AxisStartsAtZero()
    {
        Assert.Equal(0, new LineChart("DSO", ["Jan", "Feb"]).AddSeries("all", [45.0, 52.0]).CreateFrame().YTicks.Min);
    }

    [Fact]
    public void ToSvg_ManyMonths_LabelsThinnedSoTheyDoNotOverlap()
    {
        var months = Enumerable.Range(0, 48).Select(i => new DateOnly(2022, 1, 1).AddMonths(i)).ToArray();
        var chart = new LineChart("DSO", months).AddSeries("all", months.Select(m => (double)m.Month).ToArray());

        var doc = Svg.Parse(chart);

        var shown = doc.Descendants(Svg.Ns + "text").Where(t => t.Value.Contains(" 20")).ToList();
        Assert.InRange(shown.Count, 4, 16);
        var xs = shown.Select(t => t.Number("x")).ToList();
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TextFit.Width("Jan 2022", PlotFrame.TickSize)));
    }

    [Fact]
    public void ToSvg_AllMissing_NoData()
    {
        Assert.True(Svg.Parse(new LineChart("DSO", ["Jan", "Feb"]).AddSeries("all", [null, null])).IsNoData());
    }

    [Fact]
    public void AddSeries_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LineChart("DSO", Months).AddSeries("all", [1.0]));
    }
}
