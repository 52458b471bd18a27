using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class CountbackDsoResultTests
{
    private static DsoPeriod Period(decimal arEnd) => new(
        [new MonthSales("Jan", 70_000m, 30), new MonthSales("Feb", 80_000m, 30), new MonthSales("Mar", 100_000m, 30)],
        0m, arEnd, 0m);

    [Fact]
    public void Explain_PublishedExample_ShowsEachMonthAndTheFraction()
    {
        var text = DsoCalculator.CountbackDso(Period(212_000m)).Explain();

        Assert.Equal(
            """
            Countback DSO from AR end 212,000, newest month first:
              Mar: 212,000 ≥ sales 100,000 → all 30 days, 112,000 left
              Feb: 112,000 ≥ sales 80,000 → all 30 days, 32,000 left
              Jan: 32,000 < sales 70,000 → 32,000 / 70,000 × 30 = 13.714 days
            Countback DSO = 30 + 30 + 13.714 = 73.714 days
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Explain_ArExceedsAllSales_SaysSo()
    {
        var text = DsoCalculator.CountbackDso(Period(300_000m)).Explain();

        Assert.Contains("AR exceeds all credit sales of the period by 50,000", text);
        Assert.EndsWith("so 90 days understates the true figure", text);
    }
}
