using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The promises to pay made on one channel (that of the contact attempt that recorded the promise, either direction)
/// about one group's invoices, and whether they were kept. A promise counts when it has a date, names an invoice
/// (not the customer's whole balance) and was made by the as-of date while the invoice had money open. It is judged
/// once its date plus <see cref="GraceDays"/> has passed by the as-of date: kept where the invoice's payments from the
/// day of the promise through that day cover the amount promised (the invoice's open amount before the promise where
/// none was given, and never more than that), partly kept where they cover some of it, broken where nothing came.
/// Several promises about one invoice are judged each on its own.
/// </summary>
/// <param name="Group">"all", or the value of the attribute the tables are split by (<see cref="GroupAttribute"/>).</param>
/// <param name="Channel">"all" for every channel, or the channel the promise was made on (phone, email, sms, letter).</param>
/// <param name="Promises">Promises counted, judged or not.</param>
/// <param name="Pending">Promises whose date plus the grace days is after the as-of date: not judged yet.</param>
/// <param name="Kept">Judged promises whose payments covered the amount promised.</param>
/// <param name="PartlyKept">Judged promises whose payments covered part of it.</param>
/// <param name="Broken">Judged promises with no payment on the invoice.</param>
/// <param name="PromisedAmount">The amount promised by the judged promises (invoice currency).</param>
/// <param name="CollectedAmount">What their payments brought in by each one's date plus the grace days, up to the amount promised.</param>
public sealed record PromiseKeeping(string Group, string Channel, int Promises, int Pending, int Kept, int PartlyKept, int Broken,
    decimal PromisedAmount, decimal CollectedAmount)
{
    /// <summary>Days after the promised date within which a payment still keeps the promise: a transfer takes a day or two to arrive.</summary>
    public const int GraceDays = 3;

    /// <summary>The share of judged promises that were kept in full; null where none was judged.</summary>
    public double? KeptShare => Kept + PartlyKept + Broken is var judged && judged > 0 ? (double)Kept / judged : null;

    /// <summary>
    /// The promises about <paramref name="invoices"/> (<paramref name="attemptsAbout"/> gives an invoice's contact
    /// attempts) as of <paramref name="asOf"/>: every channel first, then each channel, empty ones included.
    /// </summary>
    internal static IEnumerable<PromiseKeeping> Of(string group, IReadOnlyList<CollectionEpisode> invoices,
        Func<string, IReadOnlyList<ContactAttempt>> attemptsAbout, DateOnly asOf)
    {
        var channels = Enum.GetValues<Channel>();
        var tallies = new Tally[TallyCount];
        foreach (var episode in invoices)
            Count(episode.Invoice, attemptsAbout(episode.Invoice.Invoice.InvoiceId), asOf, tallies);
        yield return tallies[0].Row(group, ChannelEffectiveness.AllGroup);
        foreach (var channel in channels) yield return tallies[1 + (int)channel].Row(group, channel.ToWord());
    }

    /// <summary>
    /// Counts the promises about <paramref name="invoice"/> among its contact <paramref name="attempts"/> as of
    /// <paramref name="asOf"/>: each in <paramref name="tallies"/>[0] and in its channel's, [1 + the channel's value]
    /// (<see cref="TallyCount"/> in all).
    /// </summary>
    internal static void Count(InvoiceSettlement invoice, IReadOnlyList<ContactAttempt> attempts, DateOnly asOf, Span<Tally> tallies)
    {
        // By index: a foreach over the interface would allocate an enumerator for each of a million invoices.
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (attempt.PromisedOn is not { } promisedOn || attempt.OccurredOn > asOf) continue;
            // What was open when the promise was made: not OpenAmountOn the day before, which is nothing for an
            // invoice issued that day. The episodes hold no credit notes.
            var before = attempt.OccurredOn.AddDays(-1);
            var open = invoice.Invoice.Amount - invoice.PaidBy(before);
            if (open <= InvoiceSettlement.Tolerance) continue;
            var promised = Math.Min(attempt.PromisedAmount ?? open, open);
            // Compared as day numbers: a promise dated near the end of the calendar has no date three days later.
            var pending = promisedOn.DayNumber + GraceDays > asOf.DayNumber;
            var collected = pending ? (decimal?)null : Math.Min(promised, invoice.PaidBy(promisedOn.AddDays(GraceDays)) - invoice.PaidBy(before));
            tallies[0].Add(promised, collected);
            tallies[1 + (int)attempt.Channel].Add(promised, collected);
        }
    }

    /// <summary>The tallies <see cref="Count"/> fills: every channel's, then each channel's.</summary>
    internal static readonly int TallyCount = Enum.GetValues<Channel>().Length + 1;

    /// <summary>Promises counted one by one, and how they were kept.</summary>
    internal struct Tally
    {
        private int _promises, _pending, _kept, _partlyKept, _broken;
        private decimal _promised, _collected;

        /// <summary>Counts one promise of <paramref name="promised"/>; <paramref name="collected"/> is null while it is pending.</summary>
        public void Add(decimal promised, decimal? collected)
        {
            _promises++;
            if (collected is not { } paid)
            {
                _pending++;
                return;
            }
            _promised += promised;
            _collected += Math.Max(0, paid);
            if (paid >= promised - InvoiceSettlement.Tolerance) _kept++;
            else if (paid > 0) _partlyKept++;
            else _broken++;
        }

        /// <summary>Judged promises kept in full.</summary>
        public readonly int Kept => _kept;

        /// <summary>Promises judged: kept, partly kept or broken.</summary>
        public readonly int Judged => _kept + _partlyKept + _broken;

        public readonly PromiseKeeping Row(string group, string channel) =>
            new(group, channel, _promises, _pending, _kept, _partlyKept, _broken, _promised, _collected);
    }
}
