using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>How the propensity of one channel was distributed.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Min">The lowest propensity.</param>
/// <param name="P05">The 5th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Max">The highest propensity.</param>
public sealed record PropensitySummary(ChannelMix Channel, double Min, double P05, double Median, double P95, double Max)
{
    /// <summary>The propensity of this channel for each held-out episode, for an overlap histogram; empty in a model saved before it was kept.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];
}
