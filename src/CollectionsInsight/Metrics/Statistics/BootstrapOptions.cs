namespace CollectionsInsight.Metrics;

/// <summary>Knobs of the percentile bootstrap; the same options and data always give the same interval.</summary>
public sealed record BootstrapOptions
{
    /// <summary>B, the number of resamples.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Seed of the generator (SplitMix64) that draws the resamples.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>The interval's confidence level, between 0 and 1 exclusive (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
