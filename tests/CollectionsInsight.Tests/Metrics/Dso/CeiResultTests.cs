using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class CeiResultTests
{
    private static readonly DsoPeriod Published = new(
        [new MonthSales("Jan", 3_390m, 30), new MonthSales("Feb", 3_610m, 30), new MonthSales("Mar", 3_890m, 30)],
        arStart: 6_200m, arEnd: 6_340m, currentArEnd: 3_590m);

    [Fact]
    public void Explain_CrfForm_ShowsFormulaWithNumbers()
    {
        Assert.Equal(
            "CEI (Credit Research Foundation form) = (AR start + sales / N − AR end) / (AR start + sales / N − current AR end) × 100 = " +
            "(6,200 + 10,890 / 3 − 6,340) / (6,200 + 10,890 / 3 − 3,590) × 100 = 3,490 / 6,240 × 100 = 55.9%",
            DsoCalculator.Cei(Published).Explain());
    }

    [Fact]
    public void Explain_TotalSalesForm_ShowsFormulaWithoutN()
    {
        var text = DsoCalculator.Cei(Published, new DsoOptions { CeiForm = CeiForm.TotalSales }).Explain();

        Assert.EndsWith("(6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) × 100 = 10,750 / 13,500 × 100 = 79.6%", text);
    }

    [Fact]
    public void Explain_NothingCollected_SaysWhyItIsBelowZero()
    {
        // Three months of sales, nothing paid: the AR grew by all of them, three times sales / N.
        var period = new DsoPeriod([new MonthSales("Jan", 100m, 31), new MonthSales("Feb", 100m, 28), new MonthSales("Mar", 100m, 31)],
            arStart: 100m, arEnd: 400m, currentArEnd: 100m);

        Assert.EndsWith("= -200 / 100 × 100 = -200.0%: below 0 because the AR grew by more than the sales term over the period (less was collected than sales / N)",
            DsoCalculator.Cei(period).Explain());
    }

    [Fact]
    public void Explain_ZeroDenominator_SaysUndefined()
    {
        var period = new DsoPeriod([new MonthSales("Jan", 0m, 31)], 0m, 0m, 0m);

        Assert.EndsWith("undefined, the denominator (AR start + sales term − current AR end) is 0, not positive", DsoCalculator.Cei(period).Explain());
    }

    [Fact]
    public void Percent_NegativeDenominator_IsEmptyWithTheReason()
    {
        // A history that starts inside the period: no AR at its start, most of the AR at its end not yet due.
        var period = new DsoPeriod([new MonthSales("Jan", 1_000m, 31), new MonthSales("Feb", 2_000m, 28), new MonthSales("Mar", 6_000m, 31)],
            arStart: 0m, arEnd: 6_500m, currentArEnd: 6_000m);

        var cei = DsoCalculator.Cei(period);

        Assert.Null(cei.Percent);
        Assert.Equal(-3_000m, cei.Denominator);
        Assert.Equal("the denominator (AR start + sales term − current AR end) is -3,000, not positive", cei.UndefinedReason);
    }

    [Fact]
    public void Percent_ArStartNotKnown_IsEmptyWithTheReasonThoughTheDenominatorIsPositive()
    {
        // The first months of a history: AR at the start is 0 for want of earlier invoices. The CRF form would give
        // (0 + 1,500 − 2,200) / (0 + 1,500 − 400) = -64%.
        var period = new DsoPeriod([new MonthSales("Jan", 1_000m, 31), new MonthSales("Feb", 2_000m, 28)],
            arStart: 0m, arEnd: 2_200m, currentArEnd: 400m)
        { ArStartKnown = false };

        var cei = DsoCalculator.Cei(period);

        Assert.Null(cei.Percent);
        Assert.Equal(1_100m, cei.Denominator);
        Assert.Equal("the history starts inside the period, so the AR at its start is not known", cei.UndefinedReason);
    }
}
