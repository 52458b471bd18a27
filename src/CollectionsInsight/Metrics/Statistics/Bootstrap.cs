namespace CollectionsInsight.Metrics;

/// <summary>
/// Percentile bootstrap intervals: draw B resamples of the n observations with replacement (a SplitMix64 generator seeded
/// with <see cref="BootstrapOptions.Seed"/>), compute the statistic on each, and take the (1 − level)/2 and (1 + level)/2
/// type 7 quantiles of the B statistics. Deterministic for a given seed. An empty sample gives NaN throughout.
/// </summary>
public static class Bootstrap
{
    /// <summary>Interval for the mean Σ x / n.</summary>
    public static BootstrapInterval Mean(IReadOnlyList<double> values, BootstrapOptions? options = null) =>
        Intervals(DescriptiveStatistics.Finite(values), null, options ?? new BootstrapOptions()).Mean;

    /// <summary>Interval for the amount-weighted mean Σ w·x / Σ w; each resample draws (value, amount) pairs.</summary>
    public static BootstrapInterval WeightedMean(IReadOnlyList<double> values, IReadOnlyList<decimal> amounts, BootstrapOptions? options = null) =>
        Intervals(DescriptiveStatistics.Finite(values), DescriptiveStatistics.Weights(amounts, values.Count), options ?? new BootstrapOptions()).Weighted!;

    /// <summary>
    /// <see cref="Mean"/> and <see cref="WeightedMean"/> with the same options, from one set of resamples: the same
    /// intervals as the two calls apart (they draw the same observations), at half the cost.
    /// </summary>
    public static (BootstrapInterval Mean, BootstrapInterval WeightedMean) MeanAndWeightedMean(IReadOnlyList<double> values,
        IReadOnlyList<decimal> amounts, BootstrapOptions? options = null)
    {
        var (mean, weighted) = Intervals(DescriptiveStatistics.Finite(values), DescriptiveStatistics.Weights(amounts, values.Count),
            options ?? new BootstrapOptions());
        return (mean, weighted!);
    }

    /// <summary>The interval of the mean and, with weights, of the weighted mean, from the same resamples.</summary>
    private static (BootstrapInterval Mean, BootstrapInterval? Weighted) Intervals(double[] values, double[]? weights, BootstrapOptions options)
    {
        if (options.Resamples < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Resamples, "at least one resample is needed");
        if (options.ConfidenceLevel is not (> 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "the confidence level is between 0 and 1");

        var n = values.Length;
        var means = new double[options.Resamples];
        var weightedMeans = weights is null ? null : new double[options.Resamples];
        // Resample b takes draws b·n to (b + 1)·n − 1 of the one seeded sequence; SplitMix64 can start there directly, so
        // the resamples run in parallel and give what drawing them one after another gives.
        Parallel.For(0, options.Resamples, b =>
        {
            var random = SplitMix64.At(options.Seed, (ulong)b * (ulong)n);
            // Sums straight from the draws: no resample is materialised (millions of invoices, hundreds of resamples).
            double sum = 0, weightedSum = 0, weightSum = 0;
            for (var i = 0; i < n; i++)
            {
                var pick = random.Next(n);
                sum += values[pick];
                if (weights is null) continue;
                weightedSum += values[pick] * weights[pick];
                weightSum += weights[pick];
            }
            means[b] = n == 0 ? double.NaN : sum / n;
            if (weightedMeans is not null) weightedMeans[b] = n == 0 ? double.NaN : weightedSum / weightSum;
        });
        return (Percentiles(means, DescriptiveStatistics.MeanOf(values, null), options),
            weightedMeans is null ? null : Percentiles(weightedMeans, DescriptiveStatistics.MeanOf(values, weights), options));
    }

    private static BootstrapInterval Percentiles(double[] statistics, double estimate, BootstrapOptions options)
    {
        Array.Sort(statistics);
        var tail = (1 - options.ConfidenceLevel) / 2;
        return new BootstrapInterval(estimate, DescriptiveStatistics.SortedQuantile(statistics, tail),
            DescriptiveStatistics.SortedQuantile(statistics, 1 - tail), options.ConfidenceLevel, options.Resamples, options.Seed);
    }

    /// <summary>
    /// SplitMix64 (Steele, Lea and Flood 2014) with Lemire's multiply-shift range reduction: a few times faster than
    /// seeded System.Random on hundreds of millions of draws, and the same sequence on every platform. Its state advances
    /// by a constant per draw, so the generator can start at any draw of a seed's sequence.
    /// </summary>
    private struct SplitMix64
    {
        private const ulong Step = 0x9E3779B97F4A7C15UL;

        private ulong _state;

        /// <summary>The generator of <paramref name="seed"/>'s sequence, about to give draw number <paramref name="draws"/>.</summary>
        public static SplitMix64 At(int seed, ulong draws) => new() { _state = unchecked((ulong)seed + draws * Step) };

        public int Next(int bound)
        {
            var z = _state += Step;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)Math.BigMul(z, (ulong)bound, out _);
        }
    }
}
