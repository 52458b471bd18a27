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

    [Fact]
    public void PoissonCounts_OverAll16BitUniforms_FollowPoissonOne()
    {
        // Every 16-bit value once, in all four lanes: the counts' frequencies are the Poisson(1) probabilities, rounded
        // to 1/65,536, with the tail beyond 8 (probability 1e-6) read as 8.
        var frequencies = new int[9];
        for (var u = 0UL; u < 65_536; u++)
        {
            var counts = Bootstrap.PoissonCounts(u | u << 16 | u << 32 | u << 48);
            Assert.True(counts[1] == counts[0] && counts[2] == counts[0] && counts[3] == counts[0], $"lanes differ at {u}: {counts}");
            frequencies[(int)counts[0]]++;
        }
        var probability = Math.Exp(-1);
        for (var k = 0; k < 8; k++, probability /= k)
            Assert.True(Math.Abs(frequencies[k] - 65_536 * probability) <= 1, $"count {k}: {frequencies[k]} of 65,536, expected {65_536 * probability:0.0}");
        Assert.Equal(1, frequencies[8]);
        var mean = Enumerable.Range(0, 9).Sum(k => k * frequencies[k]) / 65_536.0;
        Assert.Equal(1, mean, 1e-4);
    }

    [Theory]
    [InlineData(Bootstrap.PoissonFrom)]
    [InlineData(Bootstrap.PoissonFrom + 3)]
    public void LargeSample_PoissonResamples_EqualOneSequenceDrawnInOrder(int n)
    {
        var days = DaysToPay(n, 8);
        var amounts = days.Select((_, i) => 50m + 29m * (i % 13)).ToArray();
        var options = new BootstrapOptions { Resamples = 200, Seed = 17 };

        var (mean, weighted) = Bootstrap.MeanAndWeightedMean(days, amounts, options);

        // The textbook Poisson bootstrap: for each resample in turn, each observation counted k times, k the number of the
        // thresholds P(X ≤ k) · 65,536 of Poisson(1) that its 16 bits of the seeded SplitMix64 sequence reach.
        var thresholds = new double[8];
        var cdf = 0.0;
        var probability = Math.Exp(-1);
        for (var k = 0; k < 8; k++, probability /= k) thresholds[k] = Math.Round(65_536 * (cdf += probability));
        var state = (ulong)options.Seed;
        var (means, weightedMeans) = (new double[options.Resamples], new double[options.Resamples]);
        for (var b = 0; b < options.Resamples; b++)
        {
            double drawn = 0, sum = 0, weightedSum = 0, weightSum = 0;
            for (var i = 0; i < n; i += 4)
            {
                var z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                for (var lane = 0; lane < 4 && i + lane < n; lane++)
                {
                    var uniform = (z >> (16 * lane)) & 0xFFFF;
                    var count = thresholds.Count(t => uniform >= t);
                    var weight = (double)amounts[i + lane];
                    drawn += count;
                    sum += count * days[i + lane];
                    weightedSum += count * days[i + lane] * weight;
                    weightSum += count * weight;
                }
            }
            (means[b], weightedMeans[b]) = (sum / drawn, weightedSum / weightSum);
        }
        Array.Sort(means);
        Array.Sort(weightedMeans);
        // The library adds four lanes at a time, so the sums agree up to rounding.
        Assert.Equal(DescriptiveStatistics.Quantile(means, 0.025), mean.Lower, 1e-9);
        Assert.Equal(DescriptiveStatistics.Quantile(means, 0.975), mean.Upper, 1e-9);
        Assert.Equal(DescriptiveStatistics.Quantile(weightedMeans, 0.025), weighted.Lower, 1e-9);
        Assert.Equal(DescriptiveStatistics.Quantile(weightedMeans, 0.975), weighted.Upper, 1e-9);
    }

    [Fact]
    public void LargeSample_Intervals_MatchNormalTheory()
    {
        // At 50,000 observations the means are close to normal: the 95% interval is the estimate ± 1.96 standard errors,
        // from the sample's variance (the weighted mean's by the delta method). 1,000 resamples place a 2.5% quantile
        // within about 4% of the half-width; 12% is three times that.
        var days = DaysToPay(50_000, 9);
        var amounts = days.Select((_, i) => 20m + 7m * (i % 101)).ToArray();

        var (mean, weighted) = Bootstrap.MeanAndWeightedMean(days, amounts);

        var m = days.Average();
        var standardError = Math.Sqrt(days.Sum(d => (d - m) * (d - m)) / (days.Length - 1) / days.Length);
        var w = amounts.Select(a => (double)a).ToArray();
        var wm = days.Zip(w, (d, a) => d * a).Sum() / w.Sum();
        var weightedError = Math.Sqrt(days.Zip(w, (d, a) => a * a * (d - wm) * (d - wm)).Sum()) / w.Sum();
        Assert.Equal(1.96 * standardError, mean.Estimate - mean.Lower, 0.12 * 1.96 * standardError);
        Assert.Equal(1.96 * standardError, mean.Upper - mean.Estimate, 0.12 * 1.96 * standardError);
        Assert.Equal(1.96 * weightedError, weighted.Estimate - weighted.Lower, 0.12 * 1.96 * weightedError);
        Assert.Equal(1.96 * weightedError, weighted.Upper - weighted.Estimate, 0.12 * 1.96 * weightedError);
    }
}
