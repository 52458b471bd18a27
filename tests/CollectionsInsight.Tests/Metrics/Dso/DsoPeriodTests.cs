using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class DsoPeriodTests
{
    [Fact]
    public void Constructor_NoMonths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DsoPeriod([], 0m, 0m, 0m));
    }

    [Fact]
    public void Constructor_CalendarMonthsWithGap_Throws()
    {
        MonthSales[] months = [new(new DateOnly(2025, 1, 1), 1m), new(new DateOnly(2025, 3, 1), 1m)];

        var error = Assert.Throws<ArgumentException>(() => new DsoPeriod(months, 0m, 0m, 0m));
        Assert.Contains("2025-03 follows 2025-01", error.Message);
    }

    [Fact]
    public void Constructor_CurrentArAboveArEnd_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DsoPeriod([new MonthSales("Jan", 1m, 31)], 0m, 100m, 101m));
    }

    [Fact]
    public void Constructor_NegativeAr_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DsoPeriod([new MonthSales("Jan", 1m, 31)], -1m, 0m, 0m));
    }

    [Fact]
    public void Months_CallerArrayChangedAfterwards_PeriodUnchanged()
    {
        MonthSales[] months = [new("Jan", 1m, 31)];
        var period = new DsoPeriod(months, 0m, 0m, 0m);

        months[0] = new MonthSales("Feb", 2m, 28);

        Assert.Equal("Jan", period.Months[0].Label);
        Assert.IsNotType<MonthSales[]>(period.Months);
    }
}
