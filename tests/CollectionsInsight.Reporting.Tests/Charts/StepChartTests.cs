using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class StepChartTests
{
    // Share unpaid 0.8 after day 2, 0.5 after day 5, 0.2 after day 9; the curve starts at (0, 1).
    private static readonly (double X, double Y)[] ExpectedCorners =
        [(0, 1), (2, 1), (2, 0.8), (5, 0.8), (5, 0.5), (9, 0.5), (9, 0.2)];

    [Fact]
    public void ToSvg_SmallExample_PathGoesThroughTheStepCorners()
    {
        var chart = new StepChart("Unpaid").AddSeries("phone", [2, 5, 9], [0.8, 0.5, 0.2]);
        var frame = chart.CreateFrame();

        var d = (string)Svg.Parse(chart).Marks("path", "step").Single().Attribute("d")!;

        Svg.AssertPoints(ExpectedCorners.Select(p => (frame.X(p.X), frame.Y(p.Y))), d);
    }

    [Fact]
    public void StepVertices_SmallExample_HoldsEachValueUntilTheNextTime()
    {
        double[] times = [0, 2, 5, 9];
        double[] shares = [1, 0.8, 0.5, 0.2];

        Assert.Equal(ExpectedCorners, StepChart.StepVertices(times, shares, 0, 3, 9));
    }

    [Fact]
    public void ToSvg_UnsortedAndInvalidPoints_SortedAndSkipped()
    {
        var sorted = new StepChart("Unpaid").AddSeries("phone", [2, 5, 9], [0.8, 0.5, 0.2]);
        var messy = new StepChart("Unpaid").AddSeries("phone", [9, double.NaN, 2, -3, 5, 7], [0.2, 0.1, 0.8, 0.9, 0.5, double.NaN]);

        Assert.Equal(StepPath(sorted), StepPath(messy));
    }

    [Fact]
    public void ToSvg_EventAtDayZero_DropsStraightFromOne()
    {
        var chart = new StepChart("Unpaid").AddSeries("phone", [0, 4], [0.9, 0.6]);
        var frame = chart.CreateFrame();

        var corners = new[] { (0.0, 1.0), (0, 0.9), (4, 0.9), (4, 0.6) };

        Svg.AssertPoints(corners.Select(p => (frame.X(p.Item1), frame.Y(p.Item2))), StepPath(chart));
    }

    [Fact]
    public void ToSvg_Bands_OnePerSeriesWithInterval()
    {
        var chart = new StepChart("Unpaid")
            .AddSeries("phone", [2, 5], [0.8, 0.5], lower: [0.7, 0.4], upper: [0.9, 0.6])
            .AddSeries("email", [3, 6], [0.9, 0.6]);

        var doc = Svg.Parse(chart);

        Assert.Equal(2, doc.Marks("path", "step").Count);
        Assert.Single(doc.Marks("path", "band"));
    }

    [Fact]
    public void ToSvg_NaNInsideInterval_BandSplitAroundTheGap()
    {
        var chart = new StepChart("Unpaid")
            .AddSeries("phone", [2, 5, 9], [0.8, 0.5, 0.2], lower: [0.7, double.NaN, 0.1], upper: [0.9, 0.6, 0.3]);

        Assert.Equal(2, Svg.Parse(chart).Marks("path", "band").Count);
    }

    [Fact]
    public void ToSvg_Axes_ShareFromZeroToOneAndDaysFromZero()
    {
        var frame = new StepChart("Unpaid").AddSeries("phone", [10, 97], [0.5, 0.1]).CreateFrame();

        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], frame.YTicks.Values);
        Assert.Equal(0, frame.XTicks!.Min);
        Assert.Equal(100, frame.XTicks.Max);
    }

    [Fact]
    public void ToSvg_DefaultAxisLabels_DaysAndShareUnpaid()
    {
        var doc = Svg.Parse(new StepChart("Unpaid").AddSeries("phone", [1], [0.5]));

        Assert.Equal("days", doc.Marks("text", "x-label").Single().Value);
        Assert.Equal("share unpaid", doc.Marks("text", "y-label").Single().Value);
    }

    [Fact]
    public void AddSeries_LowerWithoutUpper_Throws()
    {
        Assert.Throws<ArgumentException>(() => new StepChart("Unpaid").AddSeries("phone", [1], [0.5], lower: [0.4]));
    }

    private static string StepPath(StepChart chart) => (string)Svg.Parse(chart).Marks("path", "step").Single().Attribute("d")!;
}
