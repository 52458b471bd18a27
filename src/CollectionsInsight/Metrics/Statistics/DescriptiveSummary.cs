namespace CollectionsInsight.Metrics;

/// <summary>
/// A sample at a glance; quantiles are type 7 (see <see cref="DescriptiveStatistics.Quantile"/>). NaN when the sample is empty.
/// </summary>
/// <param name="Count">n, the number of values.</param>
/// <param name="Mean">Σ x / n.</param>
/// <param name="WeightedMean">Σ w·x / Σ w; null when no amounts were given.</param>
/// <param name="Median">The 0.5 quantile.</param>
/// <param name="P75">The 0.75 quantile.</param>
/// <param name="P90">The 0.9 quantile.</param>
public sealed record DescriptiveSummary(int Count, double Mean, double? WeightedMean, double Median, double P75, double P90);
