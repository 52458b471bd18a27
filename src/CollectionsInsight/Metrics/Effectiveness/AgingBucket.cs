using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// One bucket of the AR aging on the as-of date: the invoices still open then whose due date is that many days past
/// (<see cref="AgingBucket.Buckets"/>), their open amount, and the part of it in dispute. AR is counted as in the DSO
/// family: open balances of invoices (what is unpaid of each), credit notes and unapplied cash not netted; money is in
/// invoice currency.
/// </summary>
/// <param name="Group">"all", or the value of the attribute the tables are split by (<see cref="GroupAttribute"/>).</param>
/// <param name="ChannelMix">"all" for every invoice, or the lifetime channel mix of the invoices counted (none, phone, email, both, other).</param>
/// <param name="Bucket">The bucket's name: current (not yet due), 1-30, 31-60, 61-90, 91-120 or over 120 days past due.</param>
/// <param name="Invoices">Invoices open on the as-of date in the bucket.</param>
/// <param name="Amount">Their open amount on the as-of date.</param>
/// <param name="Share">The bucket's share of the open amount of its group and channel mix; null where nothing is open.</param>
/// <param name="DisputedAmount">
/// The open amount of the bucket's invoices that the customer disputed: a contact attempt about the invoice recorded a
/// dispute by the as-of date (a dispute of the whole account names no invoice and is not counted). Such AR waits on the
/// dispute's resolution rather than on a reminder.
/// </param>
public sealed record AgingBucket(string Group, string ChannelMix, string Bucket, int Invoices, decimal Amount, double? Share, decimal DisputedAmount)
{
    /// <summary>The buckets, by the first day past due each holds: not yet due, then 1-30, 31-60, 61-90, 91-120, over 120.</summary>
    public static readonly IReadOnlyList<(string Name, int FromDaysPastDue)> Buckets =
        [("current", int.MinValue), ("1-30", 1), ("31-60", 31), ("61-90", 61), ("91-120", 91), ("over 120", 121)];

    /// <summary>
    /// The aging of <paramref name="invoices"/> on <paramref name="asOf"/>: one row per bucket, empty ones included;
    /// <paramref name="attemptsAbout"/> gives an invoice's contact attempts, which tell its disputes.
    /// </summary>
    internal static IEnumerable<AgingBucket> Of(string group, string channelMix, IEnumerable<CollectionEpisode> invoices,
        Func<string, IReadOnlyList<ContactAttempt>> attemptsAbout, DateOnly asOf)
    {
        var counts = new int[Buckets.Count];
        var amounts = new decimal[Buckets.Count];
        var disputed = new decimal[Buckets.Count];
        foreach (var episode in invoices)
        {
            var open = episode.Invoice.OpenAmountOn(asOf);
            if (open <= 0) continue;
            var bucket = BucketOf(asOf.DayNumber - episode.Invoice.Invoice.DueOn.DayNumber);
            counts[bucket]++;
            amounts[bucket] += open;
            if (attemptsAbout(episode.Invoice.Invoice.InvoiceId).Any(a => a.Outcome == Outcome.Dispute && a.OccurredOn <= asOf))
                disputed[bucket] += open;
        }
        var total = amounts.Sum();
        for (var b = 0; b < Buckets.Count; b++)
            yield return new AgingBucket(group, channelMix, Buckets[b].Name, counts[b], amounts[b], total > 0 ? (double)(amounts[b] / total) : null, disputed[b]);
    }

    /// <summary>The index in <see cref="Buckets"/> of an invoice <paramref name="daysPastDue"/> days past due (0 or less: current).</summary>
    internal static int BucketOf(int daysPastDue)
    {
        var bucket = 0;
        while (bucket + 1 < Buckets.Count && daysPastDue >= Buckets[bucket + 1].FromDaysPastDue) bucket++;
        return bucket;
    }
}
