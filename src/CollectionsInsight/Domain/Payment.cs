namespace CollectionsInsight.Domain;

/// <summary>Cash received; without an invoice id it is unapplied cash.</summary>
public sealed record Payment
{
    /// <summary>A payment; a blank invoice id makes it unapplied cash.</summary>
    /// <exception cref="ArgumentException">An id is blank, or the amount is not positive or implausibly large.</exception>
    public Payment(string paymentId, string customerId, string? invoiceId, DateOnly paidOn, decimal amount)
    {
        PaymentId = Guard.Id(paymentId, nameof(paymentId));
        CustomerId = Guard.Id(customerId, nameof(customerId));
        if (amount <= 0)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "a payment amount must be positive");
        Guard.Amount(amount, nameof(amount));
        InvoiceId = Guard.Blank(invoiceId);
        PaidOn = paidOn;
        Amount = amount;
    }

    /// <summary>The payment's unique id.</summary>
    public string PaymentId { get; }

    /// <summary>The customer who paid.</summary>
    public string CustomerId { get; }

    /// <summary>The invoice the cash is applied to; null for unapplied cash.</summary>
    public string? InvoiceId { get; }

    /// <summary>The day the cash was received.</summary>
    public DateOnly PaidOn { get; }

    /// <summary>The cash received (positive), in the currency of the invoice it pays.</summary>
    public decimal Amount { get; }

    /// <summary>True when the cash is not applied to an invoice: it settles nothing and is not netted from AR.</summary>
    public bool IsUnapplied => InvoiceId is null;
}
