namespace CollectionsInsight.Domain;

/// <summary>Cash received; without an invoice id it is unapplied cash.</summary>
public sealed record Payment
{
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

    public string PaymentId { get; }
    public string CustomerId { get; }
    public string? InvoiceId { get; }
    public DateOnly PaidOn { get; }
    public decimal Amount { get; }
    public bool IsUnapplied => InvoiceId is null;
}
