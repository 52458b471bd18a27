using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class BootstrapTests
{
    /// <summary>Skewed, invoice-like days to pay: 5 to 95 days.</summary>
    private static double[] DaysToPay(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => 5 + 90 * Math.Pow(random.NextDouble(), 2)).ToArray();
    }

    [Fact]
    public void Mean_SameSeed_GivesSameInterval()
    {
        var days = DaysToPay(50, 1);

        Assert.Equal(Bootstrap.Mean(days), Bootstrap.Mean(days));
    }

    [Fact]
    public void Mean_OtherSeed_GivesOtherInterval()
    {
        var days = DaysToPay(50, 1);

        Assert.NotEqual(Bootstrap.Mean(days).Lower, Bootstrap.Mean(days, new BootstrapOptions { Seed = 7 }).Lower);
    }

    [Fact]
    public void Mean_Interval_ContainsEstimate()
    {
        var days = DaysToPay(50, 1);

        var interval = Bootstrap.Mean(days);

        Assert.Equal(DescriptiveStatistics.Mean(days), interval.Estimate);
        Assert.InRange(interval.Estimate, interval.Lower, interval.Upper);
        Assert.True(interval.Lower < interval.Upper);
        Assert.Equal((0.95, 1000), (interval.ConfidenceLevel, interval.Resamples));
    }

    [Fact]
    public void Mean_MoreData_NarrowsInterval()
    {
        var small = Bootstrap.Mean(DaysToPay(25, 2));
        var large = Bootstrap.Mean(DaysToPay(2_500, 2));

        Assert.True(large.Upper - large.Lower < (small.Upper - small.Lower) / 5,
            $"n = 2,500 gave width {large.Upper - large.Lower}, n = 25 gave {small.Upper - small.Lower}");
    }

    [Fact]
    public void Mean_SingleValue_IsThatValue()
    {
        Assert.Equal(new BootstrapInterval(12, 12, 12, 0.95, 200, 3),
            Bootstrap.Mean([12], new BootstrapOptions { Resamples = 200, Seed = 3 }));
    }

    [Fact]
    public void Mean_NoResamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Mean([1, 2], new BootstrapOptions { Resamples = 0 }));
    }

    [Fact]
    public void WeightedMean_SameSeed_GivesSameIntervalContainingEstimate()
    {
        var days = DaysToPay(60, 3);
        var amounts = days.Select((_, i) => 100m + 37m * (i % 11)).ToArray();

        var interval = Bootstrap.WeightedMean(days, amounts);

        Assert.Equal(interval, Bootstrap.WeightedMean(days, amounts));
        Assert.Equal(DescriptiveStatistics.WeightedMean(days, amounts), interval.Estimate);
        Assert.InRange(interval.Estimate, interval.Lower, interval.Upper);
    }

    [Fact]
    public void WeightedMean_MoreData_NarrowsInterval()
    {
        var smallDays = DaysToPay(25, 4);
        var largeDays = DaysToPay(2_500, 4);

        var small = Bootstrap.WeightedMean(smallDays, smallDays.Select((_, i) => 50m + i % 7 * 100m).ToArray());
        var large = Bootstrap.WeightedMean(largeDays, largeDays.Select((_, i) => 50m + i % 7 * 100m).ToArray());

        Assert.True(large.Upper - large.Lower < (small.Upper - small.Lower) / 5);
    }

    [Fact]
    public void MeanAndWeightedMean_GivesWhatTheTwoCallsGive()
    {
        var days = DaysToPay(300, 5);
        var amounts = days.Select((_, i) => 80m + 13m * (i % 17)).ToArray();
        var options = new BootstrapOptions { Resamples = 300, Seed = 11 };

        var both = Bootstrap.MeanAndWeightedMean(days, amounts, options);

        Assert.Equal(Bootstrap.Mean(days, options), both.Mean);
        Assert.Equal(Bootstrap.WeightedMean(days, amounts, options), both.WeightedMean);
    }

    [Fact]
    public void Mean_ResamplesDrawnInParallel_EqualOneSequenceDrawnInOrder()
    {
        var days = DaysToPay(97, 6);
        var options = new BootstrapOptions { Resamples = 400, Seed = 13 };

        var interval = Bootstrap.Mean(days, options);

        // The textbook procedure: one SplitMix64 sequence (Steele, Lea and Flood 2014), resample after resample.
        var state = (ulong)options.Seed;
        var means = new double[options.Resamples];
        for (var b = 0; b < means.Length; b++)
        {
            double sum = 0;
            for (var i = 0; i < days.Length; i++)
            {
                var z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                sum += days[(int)Math.BigMul(z, (ulong)days.Length, out _)];
            }
            means[b] = sum / days.Length;
        }
        Array.Sort(means);
        Assert.Equal(DescriptiveStatistics.Quantile(means, 0.025), interval.Lower);
        Assert.Equal(DescriptiveStatistics.Quantile(means, 0.975), interval.Upper);
    }
}
