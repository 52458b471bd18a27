using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class CountbackStepTests
{
    [Fact]
    public void Explain_ZeroSalesMonth_CountsAllDaysAndKeepsAr()
    {
        var period = new DsoPeriod([new MonthSales("Jan", 50_000m, 30), new MonthSales("Feb", 0m, 28)], 0m, 20_000m, 0m);

        var step = DsoCalculator.CountbackDso(period).Steps[0];

        Assert.Equal("Feb: 20,000 ≥ sales 0 → all 28 days, 20,000 left", step.Explain());
        Assert.True(step.IsFullMonth);
    }

    [Fact]
    public void DaysCounted_PartialMonth_IsFractionOfMonthDays()
    {
        var period = new DsoPeriod([new MonthSales("Jan", 70_000m, 30)], 0m, 32_000m, 0m);

        var step = DsoCalculator.CountbackDso(period).Steps[0];

        Assert.False(step.IsFullMonth);
        Assert.Equal(32_000m / 70_000m * 30, step.DaysCounted);
        Assert.Equal(0m, step.ArAfter);
    }
}
