namespace CollectionsInsight.Metrics;

/// <summary>A statistic with its percentile bootstrap interval, and the settings that reproduce it.</summary>
/// <param name="Estimate">The statistic on the whole sample.</param>
/// <param name="Lower">The lower limit: the (1 − level)/2 quantile of the resampled statistics.</param>
/// <param name="Upper">The upper limit: the (1 + level)/2 quantile of the resampled statistics.</param>
/// <param name="ConfidenceLevel">The level, e.g. 0.95.</param>
/// <param name="Resamples">B, the resamples drawn.</param>
/// <param name="Seed">The seed of the draws.</param>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double ConfidenceLevel, int Resamples, int Seed);
