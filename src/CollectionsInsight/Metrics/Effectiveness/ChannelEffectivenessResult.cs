using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Everything <see cref="ChannelEffectiveness.Compute"/> measured, with the caveats a reader must know.
/// <see cref="Invoices"/> holds each invoice's outcome and both channel mixes (too many for metrics.json: invoice_outcomes.csv has them).
/// </summary>
public sealed record ChannelEffectivenessResult(
    DateOnly AsOf,
    ChannelEffectivenessOptions Options,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<CollectionEpisode> Invoices,
    IReadOnlyList<MixSummary> Mixes,
    IReadOnlyList<MixSurvival> Survival,
    IReadOnlyList<DsoMonth> Dso,
    IReadOnlyList<string> Caveats)
{
    /// <summary>The summaries of one view for the whole book, in mix order.</summary>
    public IReadOnlyList<MixSummary> Headline(MixView view = MixView.Episode) =>
        Mixes.Where(m => m.View == view && m.Group == ChannelEffectiveness.AllGroup).ToArray();
}
