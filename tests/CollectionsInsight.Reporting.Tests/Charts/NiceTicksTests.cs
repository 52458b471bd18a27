using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class NiceTicksTests
{
    [Fact]
    public void Create_ZeroTo97_StepsOf20UpTo100()
    {
        var ticks = NiceTicks.Create(0, 97);

        Assert.Equal([0, 20, 40, 60, 80, 100], ticks.Values);
        Assert.Equal(20, ticks.Step);
    }

    [Fact]
    public void Create_ZeroToOne_StepsOfPointTwoExactly()
    {
        var ticks = NiceTicks.Create(0, 1);

        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], ticks.Values);
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], ticks.Values.Select(ticks.Label));
    }

    [Fact]
    public void Create_NegativeToPositive_CoversBothWithFives()
    {
        var ticks = NiceTicks.Create(-3.5, 12);

        Assert.Equal([-5, 0, 5, 10, 15], ticks.Values);
    }

    [Fact]
    public void Create_LargeValues_ThousandsWithSeparators()
    {
        var ticks = NiceTicks.Create(1200, 5400);

        Assert.Equal([1000, 2000, 3000, 4000, 5000, 6000], ticks.Values);
        Assert.Equal("1,000", ticks.Label(1000));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(0, 0)]
    [InlineData(-0.001, -0.001)]
    public void Create_AllEqual_WidensAroundTheValue(double min, double max)
    {
        var ticks = NiceTicks.Create(min, max);

        Assert.True(ticks.Min < min && ticks.Max > max);
        Assert.InRange(ticks.Values.Count, 3, 12);
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.PositiveInfinity)]
    public void Create_NonFinite_FallsBackToZeroToOne(double min, double max)
    {
        var ticks = NiceTicks.Create(min, max);

        Assert.Equal(0, ticks.Min);
        Assert.Equal(1, ticks.Max);
    }

    [Fact]
    public void Create_ReversedArguments_SameAsOrdered()
    {
        Assert.Equal(NiceTicks.Create(0, 97).Values, NiceTicks.Create(97, 0).Values);
    }

    [Fact]
    public void Create_TinyRange_KeepsDecimalsOfTheStep()
    {
        var ticks = NiceTicks.Create(0.0012, 0.0049);

        Assert.Equal(0.001, ticks.Step, 12);
        Assert.Equal("0.003", ticks.Label(ticks.Values[2]));
    }

    [Fact]
    public void Create_HugeRange_StaysBounded()
    {
        var ticks = NiceTicks.Create(-1e308, 1e308);

        Assert.InRange(ticks.Values.Count, 2, 20);
    }

    [Fact]
    public void Format_NegativeZero_WrittenAsZero()
    {
        Assert.Equal("0.0", NiceTicks.Format(-0.00001, 1));
    }
}
