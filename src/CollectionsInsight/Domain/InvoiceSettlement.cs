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

    /// <summary>The invoice as billed.</summary>
    public Invoice Invoice { get; }

    /// <summary>The payments applied to the invoice, in date order, all dates (also after an as-of date).</summary>
    public IReadOnlyList<Payment> Payments => _payments;

    /// <summary>Cash applied to the invoice over all dates in the data; <see cref="PaidBy"/> gives it at a date.</summary>
    public decimal PaidAmount { get; }

    /// <summary>
    /// The day applied payments first covered the amount; null when they never did in the data, and always for a
    /// credit note. It may lie after an as-of date: use <see cref="IsSettledBy"/> to see the invoice as of a date.
    /// </summary>
    public DateOnly? SettledOn { get; }

    /// <summary>Cash applied beyond the invoice amount (zero when not overpaid).</summary>
    public decimal Overpaid =>
        Invoice.IsCreditNote || PaidAmount - Invoice.Amount <= Tolerance ? 0 : PaidAmount - Invoice.Amount;

    /// <summary>True when some cash was applied by <paramref name="asOf"/> but the invoice was not settled by then.</summary>
    public bool IsPartiallyPaid(DateOnly asOf) => !IsSettledBy(asOf) && PaidBy(asOf) > 0;

    /// <summary>True when the invoice was settled on or before <paramref name="date"/>.</summary>
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
