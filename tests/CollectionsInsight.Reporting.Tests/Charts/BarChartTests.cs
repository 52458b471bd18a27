using System.Xml.Linq;
using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class BarChartTests
{
    private static readonly string[] Mixes = ["none", "phone", "email", "both", "other"];

    [Fact]
    public void ToSvg_TwoSeriesOverFiveCategories_TenBarsInTwoColours()
    {
        var chart = new BarChart("Days to pay", Mixes)
            .AddSeries("mean", [41, 33, 30, 38, 52])
            .AddSeries("median", [38, 31, 28, 35, 49]);

        var doc = Svg.Parse(chart);

        Assert.Equal(10, doc.Marks("rect", "bar").Count);
        var fills = doc.Marks("g", "series").Select(g => (string?)g.Attribute("fill")).ToList();
        Assert.Equal(["#0072B2", "#E69F00"], fills);
        Assert.Equal(2, doc.Marks("g", "legend").Single().Elements(Svg.Ns + "text").Count());
    }

    [Fact]
    public void ToSvg_NaNAndInfinity_ThoseBarsLeftOut()
    {
        var doc = Svg.Parse(new BarChart("Days to pay", Mixes).AddSeries("mean", [41, double.NaN, 30, double.PositiveInfinity, 52]));

        Assert.Equal(3, doc.Marks("rect", "bar").Count);
    }

    [Fact]
    public void ToSvg_ErrorBars_OnePerFiniteInterval()
    {
        var chart = new BarChart("Days to pay", Mixes)
            .AddSeries("mean", [41, 33, 30, 38, 52], low: [39, 31, double.NaN, 35, 44], high: [43, 35, 32, 41, 60]);

        Assert.Equal(4, Svg.Parse(chart).Marks("path", "error-bar").Count);
    }

    [Fact]
    public void ToSvg_NegativeValue_BarHangsFromTheZeroLine()
    {
        var chart = new BarChart("Days beyond terms", ["early", "late"]).AddSeries("mean", [-4, 12]);
        var frame = chart.CreateFrame();

        var bars = Svg.Parse(chart).Marks("rect", "bar");

        Assert.True(frame.YTicks.Min < 0);
        Assert.Equal(frame.Y(0), bars[0].Number("y"), 1);
        Assert.Equal(frame.Y(-4) - frame.Y(0), bars[0].Number("height"), 1);
        Assert.Equal(frame.Y(12), bars[1].Number("y"), 1);
    }

    [Fact]
    public void ToSvg_AllPositive_AxisStartsAtZero()
    {
        var frame = new BarChart("Days to pay", Mixes).AddSeries("mean", [41, 43, 40, 42, 44]).CreateFrame();

        Assert.Equal(0, frame.YTicks.Min);
        Assert.Equal(50, frame.YTicks.Max);
    }

    [Fact]
    public void ToSvg_AllZero_RendersZeroHeightBars()
    {
        var doc = Svg.Parse(new BarChart("Disputes", Mixes).AddSeries("count", [0, 0, 0, 0, 0]));

        Assert.All(doc.Marks("rect", "bar"), bar => Assert.Equal(0, bar.Number("height")));
        Assert.False(doc.IsNoData());
    }

    [Fact]
    public void ToSvg_SingleCategory_OneBar()
    {
        Assert.Single(Svg.Parse(new BarChart("Days to pay", ["all"]).AddSeries("mean", [37.5])).Marks("rect", "bar"));
    }

    [Fact]
    public void ToSvg_VeryLongCategory_CutWithFullTextAsTooltip()
    {
        var label = new string('x', 200);
        var doc = Svg.Parse(new BarChart("Days to pay", [label, "phone"]).AddSeries("mean", [1, 2]));

        var axisLabel = doc.Descendants(Svg.Ns + "text").Single(t => t.Element(Svg.Ns + "title")?.Value == label);
        var shown = axisLabel.Nodes().OfType<XText>().Single().Value;
        Assert.EndsWith("x\u2026", shown);
        Assert.True(shown.Length < 100);
    }

    [Fact]
    public void ToSvg_Bars_TooltipsNameCategorySeriesAndInterval()
    {
        var doc = Svg.Parse(new BarChart("Days to pay", ["phone"]).AddSeries("mean", [33.5], low: [31.25], high: [35.75]));

        Assert.Equal("phone \u2014 mean: 33.5 (interval 31.25 to 35.75)", doc.Marks("rect", "bar").Single().Value);
    }

    [Fact]
    public void ToSvg_NoSeries_NoData()
    {
        Assert.True(Svg.Parse(new BarChart("Days to pay", Mixes)).IsNoData());
    }

    [Fact]
    public void AddSeries_WrongLength_ThrowsNamingTheSeries()
    {
        var chart = new BarChart("Days to pay", Mixes);

        var error = Assert.Throws<ArgumentException>(() => chart.AddSeries("mean", [1, 2]));

        Assert.Contains("'mean'", error.Message);
    }

    [Fact]
    public void AddSeries_LowWithoutHigh_Throws()
    {
        var chart = new BarChart("Days to pay", ["a"]);

        Assert.Throws<ArgumentException>(() => chart.AddSeries("mean", [1], low: [0]));
    }
}
