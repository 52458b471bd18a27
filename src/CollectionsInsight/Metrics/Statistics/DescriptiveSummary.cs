namespace CollectionsInsight.Metrics;

/// <summary>
/// A sample at a glance; quantiles are type 7 (see <see cref="DescriptiveStatistics.Quantile"/>). NaN when the sample is empty.
/// </summary>
/// <param name="WeightedMean">Σ w·x / Σ w; null when no amounts were given.</param>
public sealed record DescriptiveSummary(int Count, double Mean, double? WeightedMean, double Median, double P75, double P90);
