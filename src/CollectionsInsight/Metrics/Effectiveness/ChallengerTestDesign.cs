namespace CollectionsInsight.Metrics;

/// <summary>
/// A champion/challenger test of the channel as the worklist ran it (its challenger share): the
/// share and seed of its draw, and the day its first worklist was used.
/// </summary>
/// <param name="Share">The challenger share the worklists were written with, above 0 and at most 1.</param>
/// <param name="Seed">The challenger seed the worklists were written with.</param>
/// <param name="Since">The day the test started: invoices that fell due from then on are its outcomes.</param>
public sealed record ChallengerTestDesign(double Share, int Seed, DateOnly Since)
{
    internal void Validate()
    {
        if (Share is not (> 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(Share), Share, "the challenger share must be above 0 and at most 1");
    }
}
