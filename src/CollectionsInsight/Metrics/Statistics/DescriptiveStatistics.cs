using MathNet.Numerics.Statistics;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Mean, amount-weighted mean, median and quantiles of a sample (e.g. days to pay). An empty sample gives NaN.
/// Values must be finite; amounts (weights) must be positive.
/// </summary>
public static class DescriptiveStatistics
{
    /// <summary>Mean = Σ x / n.</summary>
    public static double Mean(IReadOnlyList<double> values) => MeanOf(Finite(values), null);

    /// <summary>Amount-weighted mean = Σ w·x / Σ w, e.g. days to pay weighted by invoice amount.</summary>
    public static double WeightedMean(IReadOnlyList<double> values, IReadOnlyList<decimal> amounts) =>
        MeanOf(Finite(values), Weights(amounts, values.Count));

    /// <summary>The median: <see cref="Quantile"/> at 0.5.</summary>
    public static double Median(IReadOnlyList<double> values) => Quantile(values, 0.5);

    /// <summary>
    /// The p-quantile by linear interpolation between order statistics (Hyndman–Fan type 7, the default of R and Excel's
    /// PERCENTILE.INC): with the values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
    /// </summary>
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        var sorted = Finite(values);
        Array.Sort(sorted);
        return SortedQuantile(sorted, p);
    }

    /// <summary>Count, mean, amount-weighted mean (when amounts are given), median, p75 and p90.</summary>
    public static DescriptiveSummary Summarize(IReadOnlyList<double> values, IReadOnlyList<decimal>? amounts = null) =>
        SummarizeInPlace(Finite(values), amounts is null ? null : Weights(amounts, values.Count));

    /// <summary>
    /// <see cref="Summarize"/> of finite values and positive weights: the means first, in the values' order, then the
    /// values are sorted in place for the quantiles.
    /// </summary>
    internal static DescriptiveSummary SummarizeInPlace(double[] values, double[]? weights)
    {
        var mean = MeanOf(values, null);
        double? weightedMean = weights is null ? null : MeanOf(values, weights);
        Array.Sort(values);
        return new DescriptiveSummary(
            values.Length,
            mean,
            weightedMean,
            SortedQuantile(values, 0.5),
            SortedQuantile(values, 0.75),
            SortedQuantile(values, 0.9));
    }

    internal static double SortedQuantile(double[] sorted, double p)
    {
        if (p is not (>= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile is between 0 and 1");
        return sorted.Length == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
    }

    /// <summary>Σ w·x / Σ w over the sample; unit weights when <paramref name="weights"/> is null.</summary>
    internal static double MeanOf(double[] values, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights?[i] ?? 1;
            sum += w * values[i];
            total += w;
        }
        return values.Length == 0 ? double.NaN : sum / total;
    }

    internal static double[] Finite(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
                throw new ArgumentException($"value {i} is {copy[i]}, not a finite number", nameof(values));
        }
        return copy;
    }

    internal static double[] Weights(IReadOnlyList<decimal> amounts, int count)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (amounts.Count != count)
            throw new ArgumentException($"{amounts.Count} amounts for {count} values", nameof(amounts));
        var weights = new double[count];
        for (var i = 0; i < count; i++)
            weights[i] = Weight(amounts[i], i);
        return weights;
    }

    /// <summary>Amount number <paramref name="index"/> as a weight.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    internal static double Weight(decimal amount, int index) => amount > 0 ? (double)amount
        : throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount {index} must be positive to weigh a value");
}
