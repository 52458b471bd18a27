using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class DescriptiveStatisticsTests
{
    [Fact]
    public void WeightedMean_DaysBeyondTerms_Is3Point33()
    {
        // (100·−10 + 200·−5 + 300·0 + 400·5 + 500·10) / 1,500 = 5,000 / 1,500
        double[] days = [-10, -5, 0, 5, 10];
        decimal[] amounts = [100m, 200m, 300m, 400m, 500m];

        Assert.Equal(3.33, DescriptiveStatistics.WeightedMean(days, amounts), 2);
        Assert.Equal(0, DescriptiveStatistics.Mean(days));
    }

    [Fact]
    public void WeightedMean_DaysToPay_Is19Point09WhileSimpleMeanIs15()
    {
        // (100·10 + 1,000·20) / 1,100 = 21,000 / 1,100
        double[] days = [10, 20];

        Assert.Equal(19.09, DescriptiveStatistics.WeightedMean(days, [100m, 1_000m]), 2);
        Assert.Equal(15, DescriptiveStatistics.Mean(days));
    }

    [Fact]
    public void WeightedMean_AmountCountDiffers_Throws()
    {
        Assert.Throws<ArgumentException>(() => DescriptiveStatistics.WeightedMean([1, 2], [1m]));
    }

    [Fact]
    public void WeightedMean_ZeroAmount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DescriptiveStatistics.WeightedMean([1, 2], [1m, 0m]));
    }

    [Fact]
    public void Mean_NotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => DescriptiveStatistics.Mean([1, double.NaN]));
    }

    [Fact]
    public void Mean_Empty_IsNaN()
    {
        Assert.True(double.IsNaN(DescriptiveStatistics.Mean([])));
    }

    [Fact]
    public void Median_EvenCount_AveragesMiddleValues()
    {
        Assert.Equal(25, DescriptiveStatistics.Median([40, 10, 30, 20]));
    }

    [Fact]
    public void Median_OddCount_IsMiddleValue()
    {
        Assert.Equal(7, DescriptiveStatistics.Median([9, 1, 7]));
    }

    [Theory]
    // 1..10: h = 9p; p75 → h = 6.75 → 7 + 0.75·(8 − 7); p90 → h = 8.1 → 9 + 0.1·(10 − 9)
    [InlineData(0.75, 7.75)]
    [InlineData(0.90, 9.1)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 10)]
    public void Quantile_OneToTen_InterpolatesLinearly(double p, double expected)
    {
        double[] values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

        Assert.Equal(expected, DescriptiveStatistics.Quantile(values, p), 12);
    }

    [Fact]
    public void Quantile_OutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DescriptiveStatistics.Quantile([1, 2], 1.5));
    }

    [Fact]
    public void Summarize_WithAmounts_FillsEveryField()
    {
        var summary = DescriptiveStatistics.Summarize([10, 20], [100m, 1_000m]);

        Assert.Equal(2, summary.Count);
        Assert.Equal(15, summary.Mean);
        Assert.Equal(19.09, summary.WeightedMean!.Value, 2);
        Assert.Equal(15, summary.Median);
        Assert.Equal(17.5, summary.P75, 12);
        Assert.Equal(19, summary.P90, 12);
    }

    [Fact]
    public void Summarize_WithoutAmounts_HasNoWeightedMean()
    {
        Assert.Null(DescriptiveStatistics.Summarize([1, 2, 3]).WeightedMean);
    }
}
