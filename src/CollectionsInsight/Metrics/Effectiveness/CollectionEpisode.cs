using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The collection effort on one invoice as seen at an as-of date, in both views of its channel mix:
/// the <em>lifetime</em> mix (every outbound phone/email attempt about it up to the as-of date) and the
/// <em>episode</em> mix (the attempts in the first <c>window</c> days after the first outbound attempt).
/// Attempts count when they fall while the invoice was open (up to and including the day it was settled) and
/// name the invoice or no invoice (the customer's whole balance). A reminder after settlement is not collection
/// effort: it neither starts an episode nor changes the mix. Inbound contacts never count.
/// </summary>
/// <param name="Invoice">The invoice with the payments applied to it.</param>
/// <param name="LifetimeMix">The channel mix of every outbound attempt while the invoice was open, up to the as-of date.</param>
/// <param name="StartedOn">The episode start: the day of the first outbound attempt (any channel) while the invoice was open;
/// null when there was none by the as-of date.</param>
/// <param name="EpisodeMix">The channel mix of the outbound attempts in the first W days from <paramref name="StartedOn"/>,
/// that day included (the treatment); <see cref="ChannelMix.None"/> without an episode.</param>
/// <param name="AsOf">The date the invoice is seen at: a later settlement counts as open (censored).</param>
public sealed record CollectionEpisode(
    InvoiceSettlement Invoice,
    ChannelMix LifetimeMix,
    DateOnly? StartedOn,
    ChannelMix EpisodeMix,
    DateOnly AsOf)
{
    /// <summary>Days to pay: settled − issued, in days; null while open at the as-of date (censored, not dropped).</summary>
    public int? DaysToPay => SettledBy is { } settled ? settled.DayNumber - Invoice.Invoice.IssuedOn.DayNumber : null;

    /// <summary>Days beyond terms: settled − due, in days, signed (negative = paid early); null while open.</summary>
    public int? DaysBeyondTerms => SettledBy is { } settled ? settled.DayNumber - Invoice.Invoice.DueOn.DayNumber : null;

    /// <summary>True when the invoice is still open at the as-of date: its days to pay are censored there.</summary>
    public bool IsOpen => SettledBy is null;

    private DateOnly? SettledBy => Invoice.SettledOn is { } settled && settled <= AsOf ? settled : null;

    /// <summary>Days from the episode start to settlement; null when not started or not settled by the as-of date.</summary>
    public int? DaysToSettleFromStart =>
        StartedOn is { } start && SettledBy is { } settled ? settled.DayNumber - start.DayNumber : null;

    /// <summary>Days from the episode start to the as-of date or settlement, whichever is first (the observed time).</summary>
    public int? ObservedDays => StartedOn is { } start ? (DaysToSettleFromStart ?? AsOf.DayNumber - start.DayNumber) : null;

    /// <summary>
    /// Whether the invoice was settled within <paramref name="horizonDays"/> of the episode start; null when there was
    /// no episode or its horizon is not over at the as-of date, even if it is paid already: counting the quick payers of
    /// recent episodes and not their slow ones would bias the share upwards.
    /// </summary>
    public bool? PaidWithin(int horizonDays)
    {
        if (StartedOn is not { } start || start.AddDays(horizonDays) > AsOf) return null;
        return DaysToSettleFromStart is { } days && days <= horizonDays;
    }

    /// <summary>Builds the episode of every invoice (credit notes excluded) issued on or before <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<CollectionEpisode> BuildAll(CollectionHistory history, DateOnly asOf, int windowDays = 7)
    {
        if (windowDays < 1) throw new ArgumentOutOfRangeException(nameof(windowDays), windowDays, "the window must be at least one day");
        // Customers are independent: blocks of them are built side by side and joined in customer order, as one pass gives.
        var customers = history.Customers;
        var blocks = new List<CollectionEpisode>[(customers.Count + CustomersPerBlock - 1) / CustomersPerBlock];
        Parallel.For(0, blocks.Length, block =>
        {
            var episodes = new List<CollectionEpisode>();
            var end = Math.Min(customers.Count, (block + 1) * CustomersPerBlock);
            for (var c = block * CustomersPerBlock; c < end; c++)
            {
                var customer = customers[c];
                var balanceAttempts = history.AttemptsWith(customer.CustomerId)
                    .Where(a => a.InvoiceId is null && a.IsOutbound && a.OccurredOn <= asOf)
                    .ToArray();
                foreach (var invoice in history.InvoicesOf(customer.CustomerId))
                {
                    if (invoice.Invoice.IsCreditNote || invoice.Invoice.IssuedOn > asOf) continue;
                    episodes.Add(Build(invoice, history.AttemptsAbout(invoice.Invoice.InvoiceId), balanceAttempts, asOf, windowDays));
                }
            }
            blocks[block] = episodes;
        });
        var all = new List<CollectionEpisode>(blocks.Sum(b => b.Count));
        foreach (var block in blocks) all.AddRange(block);
        return all;
    }

    private const int CustomersPerBlock = 1024;

    private static CollectionEpisode Build(InvoiceSettlement invoice, IReadOnlyList<ContactAttempt> invoiceAttempts,
        ContactAttempt[] balanceAttempts, DateOnly asOf, int windowDays)
    {
        var openUntil = invoice.SettledOn is { } settled && settled < asOf ? settled : asOf;
        var lifetime = Effort.Of(invoiceAttempts, balanceAttempts, invoice.Invoice.IssuedOn, openUntil);
        if (lifetime.First is not { } start)
            return new CollectionEpisode(invoice, ChannelMix.None, null, ChannelMix.None, asOf);
        var lastInWindow = start.AddDays(windowDays - 1);
        var episode = Effort.Of(invoiceAttempts, balanceAttempts, invoice.Invoice.IssuedOn, openUntil < lastInWindow ? openUntil : lastInWindow);
        return new CollectionEpisode(invoice, lifetime.Mix, start, episode.Mix, asOf);
    }

    /// <summary>The channel mix of a set of outbound attempts.</summary>
    public static ChannelMix MixOf(IEnumerable<ContactAttempt> attempts)
    {
        var effort = new Effort();
        foreach (var attempt in attempts) effort.Add(attempt);
        return effort.Mix;
    }

    /// <summary>
    /// The channels used and the first day of a set of attempts, gathered attempt by attempt: an episode is built per
    /// invoice (a million of them), so the relevant attempts are scanned where they are rather than collected.
    /// </summary>
    private struct Effort
    {
        private bool _phone, _email, _other;

        public DateOnly? First { get; private set; }

        public readonly ChannelMix Mix => (_phone, _email) switch
        {
            (true, true) => ChannelMix.Both,
            (true, false) => ChannelMix.Phone,
            (false, true) => ChannelMix.Email,
            _ => _other ? ChannelMix.Other : ChannelMix.None,
        };

        public void Add(ContactAttempt attempt)
        {
            switch (attempt.Channel)
            {
                case Channel.Phone: _phone = true; break;
                case Channel.Email: _email = true; break;
                default: _other = true; break;
            }
            if (First is not { } first || attempt.OccurredOn < first) First = attempt.OccurredOn;
        }

        /// <summary>
        /// The effort on an invoice up to and including <paramref name="until"/>: the outbound attempts about it, and the
        /// (outbound) attempts about the customer's balance from the day it was issued.
        /// </summary>
        public static Effort Of(IReadOnlyList<ContactAttempt> invoiceAttempts, ContactAttempt[] balanceAttempts, DateOnly issuedOn, DateOnly until)
        {
            var effort = new Effort();
            for (var i = 0; i < invoiceAttempts.Count; i++)
            {
                var attempt = invoiceAttempts[i];
                if (attempt.IsOutbound && attempt.OccurredOn <= until) effort.Add(attempt);
            }
            foreach (var attempt in balanceAttempts)
            {
                if (attempt.OccurredOn >= issuedOn && attempt.OccurredOn <= until) effort.Add(attempt);
            }
            return effort;
        }
    }
}
