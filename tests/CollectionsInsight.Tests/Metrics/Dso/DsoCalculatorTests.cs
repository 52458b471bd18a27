using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class DsoCalculatorTests
{
    private static readonly DsoOptions ThirtyDays = new() { DayCount = DayCountConvention.ThirtyDayMonths };

    private static DsoPeriod ThirtyDayPeriod(decimal arStart, decimal arEnd, decimal currentArEnd, params decimal[] sales) =>
        new(sales.Select((s, i) => new MonthSales($"M{i + 1}", s, 30)), arStart, arEnd, currentArEnd);

    // Jan–Mar 2025 (31 + 28 + 31 = 90 days), sales 100,000 / 90,000 / 120,000 = 310,000,
    // AR start 140,000, AR end 150,000, current AR end 80,000.
    private static DsoPeriod FirstQuarter2025() => new(
        [new MonthSales(new DateOnly(2025, 1, 1), 100_000m), new MonthSales(new DateOnly(2025, 2, 1), 90_000m),
            new MonthSales(new DateOnly(2025, 3, 1), 120_000m)],
        arStart: 140_000m, arEnd: 150_000m, currentArEnd: 80_000m);

    [Fact]
    public void CountbackDso_PublishedExample_Is73Point714Days()
    {
        // 212,000 − 100,000 → 30 days; 112,000 − 80,000 → 30 days; 32,000 / 70,000 × 30 = 13.714
        var period = ThirtyDayPeriod(0m, 212_000m, 0m, 70_000m, 80_000m, 100_000m);

        var result = DsoCalculator.CountbackDso(period);

        Assert.Equal(73.714, result.Days, 3);
        Assert.Equal(["M3", "M2", "M1"], result.Steps.Select(s => s.Month));
        Assert.Equal(0m, result.ArBeyondSales);
    }

    [Fact]
    public void CountbackDso_CalendarMonthsWithThirtyDayConvention_MatchesPublishedExample()
    {
        var period = new DsoPeriod(
            [new MonthSales(new DateOnly(2025, 1, 1), 70_000m), new MonthSales(new DateOnly(2025, 2, 1), 80_000m),
                new MonthSales(new DateOnly(2025, 3, 1), 100_000m)],
            0m, 212_000m, 0m);

        Assert.Equal(73.714, DsoCalculator.CountbackDso(period, ThirtyDays).Days, 3);
        // own days: Mar 31 + Feb 28 + 32,000 / 70,000 × 31 (Jan) = 73.171
        Assert.Equal(73.171, DsoCalculator.CountbackDso(period).Days, 3);
    }

    [Fact]
    public void CountbackDso_CalendarQuarter_CountsEachMonthsOwnDays()
    {
        // 150,000 − 120,000 (Mar) → 31 days, 30,000 left; 30,000 / 90,000 × 28 (Feb) = 9.333 → 40.333
        var result = DsoCalculator.CountbackDso(FirstQuarter2025());

        Assert.Equal(31 + 30_000.0 / 90_000 * 28, result.Days, 9);
        Assert.Equal(["2025-03", "2025-02"], result.Steps.Select(s => s.Month));
    }

    [Fact]
    public void CountbackDso_ArExceedsAllSales_CountsEveryDayAndNoMore()
    {
        var result = DsoCalculator.CountbackDso(ThirtyDayPeriod(0m, 300_000m, 0m, 70_000m, 80_000m, 100_000m));

        Assert.Equal(90, result.Days);
        Assert.Equal(50_000m, result.ArBeyondSales);
    }

    [Fact]
    public void CountbackDso_ZeroSalesMonth_CountsTheWholeMonth()
    {
        // 60,000 − 40,000 → 30; nothing sold in M2, AR left is older → 30; 20,000 / 50,000 × 30 = 12
        var result = DsoCalculator.CountbackDso(ThirtyDayPeriod(0m, 60_000m, 0m, 50_000m, 0m, 40_000m));

        Assert.Equal(72, result.Days, 9);
    }

    [Fact]
    public void CountbackDso_NoAr_IsZeroWithoutSteps()
    {
        var result = DsoCalculator.CountbackDso(ThirtyDayPeriod(0m, 0m, 0m, 0m, 50_000m));

        Assert.Equal(0, result.Days);
        Assert.Empty(result.Steps);
    }

    [Fact]
    public void AverageDaysDelinquent_PublishedExample_Is33Days()
    {
        var result = DsoCalculator.AverageDaysDelinquent(ThirtyDayPeriod(0m, 15_000m, 4_000m, 10_000m));

        Assert.Equal(45, result.Dso.Days!.Value, 9);
        Assert.Equal(12, result.BestPossible.Days!.Value, 9);
        Assert.Equal(33, result.Days!.Value, 9);
    }

    [Fact]
    public void Dso_CalendarQuarter_UsesSumOfMonthDays()
    {
        var result = DsoCalculator.Dso(FirstQuarter2025());

        Assert.Equal(90, result.PeriodDays);
        Assert.Equal(310_000m, result.Sales);
        Assert.Equal(150_000.0 / 310_000 * 90, result.Days!.Value, 9); // 43.548
    }

    [Fact]
    public void Dso_LeapYearFebruary_Counts29Days()
    {
        var period = new DsoPeriod([new MonthSales(new DateOnly(2024, 2, 1), 29_000m)], 0m, 1_000m, 0m);

        Assert.Equal(1, DsoCalculator.Dso(period).Days!.Value, 9);
    }

    [Fact]
    public void Dso_NoSales_IsNull()
    {
        var result = DsoCalculator.Dso(ThirtyDayPeriod(0m, 5_000m, 0m, 0m, 0m));

        Assert.Null(result.Days);
    }

    [Fact]
    public void BestPossibleDso_CalendarQuarter_UsesCurrentAr()
    {
        Assert.Equal(80_000.0 / 310_000 * 90, DsoCalculator.BestPossibleDso(FirstQuarter2025()).Days!.Value, 9); // 23.226
    }

    [Fact]
    public void AverageDaysDelinquent_CalendarQuarter_IsPastDueArOverSales()
    {
        Assert.Equal(70_000.0 / 310_000 * 90, DsoCalculator.AverageDaysDelinquent(FirstQuarter2025()).Days!.Value, 9); // 20.323
    }

    [Fact]
    public void Cei_PublishedExampleCrfForm_Is55Point9Percent()
    {
        // (6,200 + 10,890 / 3 − 6,340) / (6,200 + 10,890 / 3 − 3,590) = 3,490 / 6,240
        var result = DsoCalculator.Cei(ThirtyDayPeriod(6_200m, 6_340m, 3_590m, 3_390m, 3_610m, 3_890m));

        Assert.Equal(55.9, result.Percent!.Value, 1);
        Assert.Equal(3_490m, result.Numerator);
        Assert.Equal(6_240m, result.Denominator);
    }

    [Fact]
    public void Cei_PublishedExampleTotalSalesForm_Is79Point6Percent()
    {
        // (6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) = 10,750 / 13,500
        var period = ThirtyDayPeriod(6_200m, 6_340m, 3_590m, 3_390m, 3_610m, 3_890m);

        var result = DsoCalculator.Cei(period, new DsoOptions { CeiForm = CeiForm.TotalSales });

        Assert.Equal(79.6, result.Percent!.Value, 1);
    }

    [Fact]
    public void Cei_CalendarQuarter_IsFourSevenths()
    {
        // (140,000 + 310,000 / 3 − 150,000) / (140,000 + 310,000 / 3 − 80,000) = (280,000 / 3) / (490,000 / 3) = 4 / 7
        Assert.Equal(400.0 / 7, DsoCalculator.Cei(FirstQuarter2025()).Percent!.Value, 9);
    }

    [Fact]
    public void Cei_ZeroDenominator_IsNullWithReason()
    {
        // AR start 0, no sales, current AR end 0: denominator 0 + 0 − 0
        var result = DsoCalculator.Cei(ThirtyDayPeriod(0m, 0m, 0m, 0m));

        Assert.Null(result.Percent);
        Assert.Contains("denominator", result.UndefinedReason);
    }

    [Fact]
    public void Dso_NullPeriod_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => DsoCalculator.Dso(null!));
    }
}
