namespace CollectionsInsight.Domain;

/// <summary>The facts about the kept data that matter to collections.</summary>
public sealed record CollectionFacts(
    int Customers,
    int CustomersWithoutPhone,
    int CustomersWithoutEmail,
    int CustomersWithoutAnyContact,
    int BouncedEmails,
    int CustomersWithBouncedEmail,
    int WrongNumbers,
    int CustomersWithWrongNumber,
    int UnappliedPayments,
    decimal UnappliedCash,
    int OverpaidInvoices,
    decimal Overpayment,
    int CreditNotes)
{
    /// <summary>The facts of a history's records; applied cash comes from the settlements, which have summed it already.</summary>
    internal static CollectionFacts Compute(IReadOnlyList<Customer> customers, IReadOnlyList<InvoiceSettlement> invoices,
        IReadOnlyList<Payment> payments, IReadOnlyList<ContactAttempt> attempts)
    {
        var unappliedCount = 0;
        decimal unappliedCash = 0;
        foreach (var payment in payments)
        {
            if (payment.InvoiceId is not null) continue;
            unappliedCount++;
            unappliedCash += payment.Amount;
        }
        var overpaid = 0;
        var creditNotes = 0;
        decimal overpayment = 0;
        foreach (var settlement in invoices)
        {
            var invoice = settlement.Invoice;
            if (invoice.IsCreditNote) creditNotes++;
            var excess = settlement.PaidAmount - invoice.Amount;
            if (!invoice.IsCreditNote && excess > InvoiceSettlement.Tolerance)
            {
                overpaid++;
                overpayment += excess;
            }
        }
        var bounced = attempts.Where(a => a.Outcome == Outcome.Bounced).ToArray();
        var wrong = attempts.Where(a => a.Outcome == Outcome.WrongNumber).ToArray();
        return new CollectionFacts(
            customers.Count,
            customers.Count(c => c.Phone is null),
            customers.Count(c => c.Email is null),
            customers.Count(c => c.Phone is null && c.Email is null),
            bounced.Length,
            bounced.Select(a => a.CustomerId).Distinct().Count(),
            wrong.Length,
            wrong.Select(a => a.CustomerId).Distinct().Count(),
            unappliedCount,
            unappliedCash,
            overpaid,
            overpayment,
            creditNotes);
    }
}
