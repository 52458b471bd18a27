using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class MonthSalesTests
{
    [Fact]
    public void Constructor_CalendarMonth_TakesDaysFromCalendarAndNormalizesToFirstDay()
    {
        var month = new MonthSales(new DateOnly(2024, 2, 17), 10m);

        Assert.Equal(29, month.Days);
        Assert.Equal(new DateOnly(2024, 2, 1), month.Month);
        Assert.Equal("2024-02", month.Label);
    }

    [Fact]
    public void Constructor_ExplicitDays_HasNoCalendarMonth()
    {
        var month = new MonthSales("Q1-M1", 10m, 30);

        Assert.Equal(30, month.Days);
        Assert.Null(month.Month);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void Constructor_ImpossibleDays_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonthSales("M1", 10m, days));
    }

    [Fact]
    public void Constructor_NegativeSales_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonthSales("M1", -1m, 30));
    }

    [Fact]
    public void Constructor_SalesBeyondTheLimitOfOneAmount_AreASumOfValidInvoices()
    {
        var month = new MonthSales("M1", 5 * 999_999_999_999.99m, 31);

        Assert.Equal(4_999_999_999_999.95m, month.Sales);
    }
}
