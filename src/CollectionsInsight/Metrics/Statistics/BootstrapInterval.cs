namespace CollectionsInsight.Metrics;

/// <summary>A statistic with its percentile bootstrap interval, and the settings that reproduce it.</summary>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double ConfidenceLevel, int Resamples, int Seed);
