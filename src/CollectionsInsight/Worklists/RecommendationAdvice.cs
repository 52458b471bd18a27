using CollectionsInsight.Modeling;

namespace CollectionsInsight.Worklists;

/// <summary>Turns a channel model's recommendations into the advice the worklist takes in.</summary>
public static class RecommendationAdvice
{
    /// <summary>The recommendations as worklist advice, by customer id (the CLI, the report and notebooks use this one mapping).</summary>
    public static IReadOnlyDictionary<string, ChannelAdvice> ToAdvice(this IEnumerable<ChannelRecommendation> recommendations)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        return recommendations.ToDictionary(r => r.CustomerId, r => new ChannelAdvice(r.CustomerId, r.Channel,
            r.PPaid, r.LowConfidence), StringComparer.Ordinal);
    }
}
