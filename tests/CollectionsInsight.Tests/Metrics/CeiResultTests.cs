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
    public void Explain_ZeroDenominator_SaysUndefined()
    {
        var period = new DsoPeriod([new MonthSales("Jan", 0m, 31)], 0m, 0m, 0m);

        Assert.EndsWith("undefined, the denominator (AR start + sales term − current AR end) is 0", DsoCalculator.Cei(period).Explain());
    }
}
