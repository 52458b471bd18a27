using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling.Features;

/// <summary>
/// The collection history as it was known just before <see cref="Cutoff"/>: invoices issued before it (settled
/// only if settled before it) and contact attempts that happened before it. Features are computed from this view
/// only, so a feature cannot see the outcome of the effort it describes or anything later.
/// </summary>
internal sealed class HistoryBefore(CollectionHistory history, DateOnly cutoff)
{
    public DateOnly Cutoff { get; } = cutoff;

    /// <summary>The customer's master data (as exported; it carries no dates of its own).</summary>
    public Customer? FindCustomer(string customerId) => history.FindCustomer(customerId);

    /// <summary>Invoices (not credit notes) issued before the cutoff, oldest first, with what was known of their settlement.</summary>
    public IEnumerable<PastInvoice> InvoicesOf(string customerId)
    {
        foreach (var invoice in history.InvoicesOf(customerId))
        {
            if (invoice.Invoice.IssuedOn >= Cutoff) break;
            if (invoice.Invoice.IsCreditNote) continue;
            yield return new PastInvoice(invoice.Invoice.InvoiceId, invoice.Invoice.IssuedOn, invoice.Invoice.DueOn,
                invoice.Invoice.Amount, invoice.SettledOn is { } settled && settled < Cutoff ? settled : null);
        }
    }

    /// <summary>Contact attempts with the customer before the cutoff, oldest first.</summary>
    public IEnumerable<ContactAttempt> AttemptsWith(string customerId)
    {
        foreach (var attempt in history.AttemptsWith(customerId))
        {
            // Ordered by instant, not by recorded date: filter rather than stop at the first late one.
            if (attempt.OccurredOn < Cutoff)
                yield return attempt;
        }
    }
}
