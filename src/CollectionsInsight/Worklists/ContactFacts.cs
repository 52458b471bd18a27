using System.Diagnostics;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Worklists;

/// <summary>
/// What the history says about one customer at the as-of date, as the contact rules need it. Only
/// outbound phone and email attempts count as our attempts; sms and letters are ignored.
/// </summary>
internal sealed record ContactFacts(
    Customer Customer,
    DateOnly AsOf,
    IReadOnlyList<InvoiceSettlement> OpenInvoices,
    decimal OpenAmount,
    decimal OverdueAmount,
    int OldestDaysOverdue,
    bool IsNew,
    bool Introduced,
    bool IsReliablePayer,
    ChannelState Phone,
    ChannelState Email,
    ContactAttempt? LastAttempt,
    bool Answered,
    ContactAttempt? Promise,
    bool PromiseBroken,
    bool PromiseConfirmed,
    ContactAttempt? Dispute,
    int PromisesKept,
    int PromisesJudged)
{
    /// <summary>The promise to pay still ahead of us (its date is today or later), if any.</summary>
    public ContactAttempt? PendingPromise => Promise is { PromisedOn: { } on } && on >= AsOf ? Promise : null;

    /// <summary>Whether every channel of <paramref name="mix"/> works; false for none and other.</summary>
    public bool Works(ChannelMix mix) => mix switch
    {
        ChannelMix.Phone => Phone == ChannelState.Works,
        ChannelMix.Email => Email == ChannelState.Works,
        ChannelMix.Both => Phone == ChannelState.Works && Email == ChannelState.Works,
        ChannelMix.None or ChannelMix.Other => false,
        _ => throw new UnreachableException(mix.ToString()),
    };

    /// <summary>The facts of <paramref name="customer"/>, or null when nothing of theirs is to be collected.</summary>
    public static ContactFacts? Of(CollectionHistory history, Customer customer, DateOnly asOf, WorklistOptions options)
    {
        var invoices = history.InvoicesOf(customer.CustomerId).Where(i => !i.Invoice.IsCreditNote && i.Invoice.IssuedOn <= asOf).ToArray();
        var open = invoices
            .Where(i => i.OpenAmountOn(asOf) > 0 && i.Invoice.DueOn <= asOf.AddDays(options.DueWithinDays))
            .OrderBy(i => i.Invoice.DueOn).ThenBy(i => i.Invoice.InvoiceId, StringComparer.Ordinal)
            .ToArray();
        var overdue = open.Where(i => i.Invoice.DueOn < asOf).ToArray();
        if (overdue.Length == 0 && (options.DueWithinDays == 0 || open.Length == 0)) return null;

        var attempts = history.AttemptsWith(customer.CustomerId).Where(a => a.OccurredOn <= asOf).ToArray();
        var ours = attempts.Where(a => a.IsOutbound && a.Channel is Channel.Phone or Channel.Email).ToArray();
        // The follow-up rules act on the efforts about this debt: an attempt made before its oldest invoice was issued was
        // about invoices paid since.
        var since = open.Min(i => i.Invoice.IssuedOn);
        var last = ours.LastOrDefault(a => a.OccurredOn >= since);
        var promise = attempts.LastOrDefault(a => a.PromisedOn is not null);
        var settled = invoices.Where(i => i.IsSettledBy(asOf)).ToArray();
        // The customer's record of keeping promises, judged as the analysis judges them (with its days of grace).
        Span<PromiseKeeping.Tally> promises = stackalloc PromiseKeeping.Tally[PromiseKeeping.TallyCount];
        foreach (var invoice in invoices) PromiseKeeping.Count(invoice, history.AttemptsAbout(invoice.Invoice.InvoiceId), asOf, promises);

        return new ContactFacts(
            customer,
            asOf,
            open,
            open.Sum(i => i.OpenAmountOn(asOf)),
            overdue.Sum(i => i.OpenAmountOn(asOf)),
            overdue.Length == 0 ? 0 : asOf.DayNumber - overdue.Min(i => i.Invoice.DueOn).DayNumber,
            customer.OnboardedOn is { } onboarded && asOf.DayNumber - onboarded.DayNumber < options.NewCustomerDays,
            attempts.Any(a => a.Channel == Channel.Phone && IsAnswer(a.Outcome)),
            settled.Length >= options.ReliablePayerInvoices
                && settled.Count(i => i.SettledOn <= i.Invoice.DueOn) >= options.ReliablePayerShare * settled.Length,
            StateOf(customer.Phone, ours, Channel.Phone, asOf),
            StateOf(customer.Email, ours, Channel.Email, asOf),
            last,
            last is not null && (IsAnswer(last.Outcome) || attempts.Any(a => !a.IsOutbound && a.OccurredAt >= last.OccurredAt)),
            promise,
            promise is not null && IsBroken(history, promise, ours, asOf),
            promise is not null && ours.Any(a => a.Channel == Channel.Email && a.OccurredAt > promise.OccurredAt),
            LatestDispute(attempts, open, since),
            promises[0].Kept,
            promises[0].Judged);
    }

    /// <summary>The latest dispute about a listed invoice, or about none in particular since the oldest of them was issued.</summary>
    private static ContactAttempt? LatestDispute(ContactAttempt[] attempts, InvoiceSettlement[] listed, DateOnly since) =>
        attempts.LastOrDefault(a => a.Outcome == Outcome.Dispute
            && (a.InvoiceId is { } id ? listed.Any(i => i.Invoice.InvoiceId == id) : a.OccurredOn >= since));

    private static bool IsAnswer(Outcome? outcome) => outcome is Outcome.Reached or Outcome.Replied or Outcome.PromiseToPay or Outcome.Dispute;

    /// <summary>Missing without the detail; failing when our latest attempt on the channel bounced or hit a wrong number.</summary>
    private static ChannelState StateOf(string? detail, ContactAttempt[] ours, Channel channel, DateOnly asOf) =>
        detail is null ? ChannelState.Missing : ContactDetails.LatestFailed(ours, channel, asOf) ? ChannelState.Failing : ChannelState.Works;

    /// <summary>
    /// A promise is broken when its date has passed, the cash received since it was made (on its invoice, or
    /// from the customer when it names none) falls short of the promised amount (of anything, without an
    /// amount), and no call has reached the customer since. A promise about an invoice that is paid by now is not
    /// broken: nothing is left to call about (a promise of the whole amount, part of which was paid before it, is kept
    /// by paying the rest).
    /// </summary>
    private static bool IsBroken(CollectionHistory history, ContactAttempt promise, ContactAttempt[] ours, DateOnly asOf)
    {
        if (promise.PromisedOn is not { } due || due >= asOf) return false;
        if (ours.Any(a => a.Channel == Channel.Phone && a.OccurredOn > due && IsAnswer(a.Outcome))) return false;
        var invoice = promise.InvoiceId is { } invoiceId ? history.FindInvoice(invoiceId) : null;
        if (invoice is not null && invoice.IsSettledBy(asOf)) return false;
        var payments = invoice?.Payments
            ?? history.InvoicesOf(promise.CustomerId).SelectMany(i => i.Payments).Concat(history.UnappliedCashOf(promise.CustomerId));
        var received = payments.Where(p => p.PaidOn >= promise.OccurredOn && p.PaidOn <= asOf).Sum(p => p.Amount);
        return promise.PromisedAmount is { } amount ? received < amount - InvoiceSettlement.Tolerance : received == 0;
    }
}
