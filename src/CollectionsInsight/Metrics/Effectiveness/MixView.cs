namespace CollectionsInsight.Metrics;

/// <summary>
/// Which channel mix an invoice is counted under. <see cref="Lifetime"/>: every outbound phone and email
/// attempt over the invoice's life (biased: slow payers collect more attempts, so "both" looks slow even
/// when no channel matters). <see cref="Episode"/>: the attempts in the first W days of the collection
/// episode (the treatment), with the outcome measured from the episode start.
/// </summary>
public enum MixView
{
    /// <summary>Every outbound attempt while the invoice was open: describes effort, not effect.</summary>
    Lifetime,

    /// <summary>The attempts in the first W days of the episode, outcome from the episode start: the view to compare channels with.</summary>
    Episode,
}
