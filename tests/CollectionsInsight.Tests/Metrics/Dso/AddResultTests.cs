using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class AddResultTests
{
    [Fact]
    public void Explain_PublishedExample_ShowsAddDsoAndBestPossible()
    {
        var period = new DsoPeriod([new MonthSales("Jun", 10_000m, 30)], 0m, 15_000m, 4_000m);

        Assert.Equal(
            """
            ADD = DSO − best possible DSO = 45 − 12 = 33 days
            DSO = AR end / credit sales × days = 15,000 / 10,000 × 30 = 45 days
            Best possible DSO = current AR end / credit sales × days = 4,000 / 10,000 × 30 = 12 days
            """.ReplaceLineEndings("\n"),
            DsoCalculator.AverageDaysDelinquent(period).Explain());
    }
}
