using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class DsoResultTests
{
    [Fact]
    public void Explain_SeveralMonths_ShowsSalesAndDaysSums()
    {
        var period = new DsoPeriod(
            [new MonthSales(new DateOnly(2025, 1, 1), 100_000m), new MonthSales(new DateOnly(2025, 2, 1), 90_000m),
                new MonthSales(new DateOnly(2025, 3, 1), 120_000m)],
            0m, 150_000m, 0m);

        Assert.Equal(
            "DSO = AR end / credit sales × days = 150,000 / (100,000 + 90,000 + 120,000) × (31 + 28 + 31) " +
            "= 150,000 / 310,000 × 90 = 43.548 days",
            DsoCalculator.Dso(period).Explain());
    }

    [Fact]
    public void Explain_NoSales_SaysUndefined()
    {
        var period = new DsoPeriod([new MonthSales("Jan", 0m, 31)], 0m, 500m, 0m);

        Assert.Equal("DSO = AR end / credit sales × days: undefined, there were no credit sales in the 31 days of the period",
            DsoCalculator.Dso(period).Explain());
    }
}
