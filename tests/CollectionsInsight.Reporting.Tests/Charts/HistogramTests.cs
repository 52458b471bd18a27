using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class HistogramTests
{
    private static readonly double[] Scores = [0.1, 0.1, 0.5, 0.95, 1.0];

    [Fact]
    public void ToSvg_TwoBins_CountsPerBinWithUpperEdgeIncluded()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 2 }.AddSeries("phone", Scores);

        Assert.Equal([2, 3], Heights(chart));
    }

    [Fact]
    public void ToSvg_ShowShare_HeightsAreSharesOfTheGroup()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 2, ShowShare = true }.AddSeries("phone", Scores);

        Assert.Equal([0.4, 0.6], Heights(chart));
        Assert.Equal("share of group", Svg.Parse(chart).Marks("text", "y-label").Single().Value);
    }

    [Fact]
    public void ToSvg_EmptyBins_NoRectangle()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 10 }.AddSeries("phone", Scores);

        Assert.Equal(3, Svg.Parse(chart).Marks("rect", "bin").Count); // [0.1, 0.2), [0.5, 0.6), [0.9, 1.0] holds 0.95 and 1.0
    }

    [Fact]
    public void ToSvg_Overlaid_GroupsShareTheBinsAtFullWidth()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 2 }
            .AddSeries("phone", [0.2, 0.8])
            .AddSeries("email", [0.3]);

        var bins = Svg.Parse(chart).Marks("rect", "bin");

        Assert.Equal(3, bins.Count);
        Assert.Equal(bins[0].Number("x"), bins[2].Number("x"));
        Assert.Equal(bins[0].Number("width"), bins[2].Number("width"));
    }

    [Fact]
    public void ToSvg_SideBySide_EachGroupGetsItsPartOfTheBin()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 2, Layout = HistogramLayout.SideBySide }
            .AddSeries("phone", [0.2])
            .AddSeries("email", [0.3]);
        var frame = chart.CreateFrame();

        var bins = Svg.Parse(chart).Marks("rect", "bin");

        var half = (frame.X(0.5) - frame.X(0)) / 2;
        Assert.Equal(half, bins[0].Number("width"), 0.01);
        Assert.Equal(bins[0].Number("x") + half, bins[1].Number("x"), 0.01);
    }

    [Fact]
    public void ToSvg_OutsideRangeAndNonFinite_Skipped()
    {
        var chart = new Histogram("Propensity") { Min = 0, Max = 1, BinCount = 1 }
            .AddSeries("phone", [-0.5, 0.5, 1.5, double.NaN, double.NegativeInfinity]);

        Assert.Equal([1], Heights(chart));
    }

    [Fact]
    public void ToSvg_AllEqualValues_OneBarAroundTheValue()
    {
        var chart = new Histogram("Propensity").AddSeries("phone", [0.4, 0.4, 0.4]);

        Assert.Equal([3], Heights(chart));
    }

    [Fact]
    public void ToSvg_NoValues_NoData()
    {
        Assert.True(Svg.Parse(new Histogram("Propensity").AddSeries("phone", [])).IsNoData());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void BinCount_OutOfRange_Throws(int bins)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Histogram("Propensity").BinCount = bins);
    }

    // Bar heights in data units, read back from the pixels through the chart's own frame.
    private static List<double> Heights(Histogram chart)
    {
        var frame = chart.CreateFrame();
        var unit = frame.Y(0) - frame.Y(1);
        return Svg.Parse(chart).Marks("rect", "bin").Select(r => Math.Round(r.Number("height") / unit, 2)).ToList();
    }
}
