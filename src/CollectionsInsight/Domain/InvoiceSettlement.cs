namespace CollectionsInsight.Domain;

/// <summary>
/// An invoice with the payments applied to it, in date order. The invoice is settled on the first date
/// on which applied payments cover its amount (one cent tolerance). Credit notes are never settled.
/// </summary>
public sealed class InvoiceSettlement
{
    /// <summary>Payments within this of the amount settle the invoice (rounding on the customer's side).</summary>
    public const decimal Tolerance = 0.01m;

    private readonly Payment[] _payments;

    internal InvoiceSettlement(Invoice invoice, Payment[] paymentsInDateOrder)
    {
        Invoice = invoice;
        _payments = paymentsInDateOrder;
        decimal paid = 0;
        foreach (var payment in _payments)
        {
            paid += payment.Amount;
            if (SettledOn is null && !invoice.IsCreditNote && paid >= invoice.Amount - Tolerance)
                SettledOn = payment.PaidOn;
        }
        PaidAmount = paid;
    }

    public Invoice Invoice { get; }
    public IReadOnlyList<Payment> Payments => _payments;
    public decimal PaidAmount { get; }
    public DateOnly? SettledOn { get; }

    /// <summary>Cash applied beyond the invoice amount (zero when not overpaid).</summary>
    public decimal Overpaid =>
        Invoice.IsCreditNote || PaidAmount - Invoice.Amount <= Tolerance ? 0 : PaidAmount - Invoice.Amount;

    public bool IsPartiallyPaid(DateOnly asOf) => !IsSettledBy(asOf) && PaidBy(asOf) > 0;

    public bool IsSettledBy(DateOnly date) => SettledOn is { } settled && settled <= date;

    /// <summary>Cash applied to the invoice up to and including <paramref name="date"/>.</summary>
    public decimal PaidBy(DateOnly date)
    {
        decimal paid = 0;
        foreach (var payment in _payments)
        {
            if (payment.PaidOn > date) break;
            paid += payment.Amount;
        }
        return paid;
    }

    /// <summary>
    /// The amount still owed at the end of <paramref name="date"/>: zero before the invoice was issued
    /// and once it is settled; for a credit note, its (negative) amount from the day it was issued.
    /// </summary>
    public decimal OpenAmountOn(DateOnly date)
    {
        if (date < Invoice.IssuedOn) return 0;
        if (Invoice.IsCreditNote) return Invoice.Amount;
        if (IsSettledBy(date)) return 0;
        return Math.Max(0, Invoice.Amount - PaidBy(date));
    }
}
