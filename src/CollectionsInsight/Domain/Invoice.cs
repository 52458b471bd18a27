namespace CollectionsInsight.Domain;

/// <summary>An invoice; a negative amount is a credit note.</summary>
public sealed record Invoice
{
    public Invoice(string invoiceId, string customerId, DateOnly issuedOn, DateOnly dueOn, decimal amount, string? currency = null)
    {
        InvoiceId = Guard.Id(invoiceId, nameof(invoiceId));
        CustomerId = Guard.Id(customerId, nameof(customerId));
        if (dueOn < issuedOn)
            throw new ArgumentException($"due_on {dueOn:yyyy-MM-dd} is before issued_on {issuedOn:yyyy-MM-dd}", nameof(dueOn));
        if (amount == 0)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "an invoice amount cannot be zero");
        Guard.Amount(amount, nameof(amount));
        IssuedOn = issuedOn;
        DueOn = dueOn;
        Amount = amount;
        Currency = Guard.Blank(currency);
    }

    public string InvoiceId { get; }
    public string CustomerId { get; }
    public DateOnly IssuedOn { get; }
    public DateOnly DueOn { get; }
    public decimal Amount { get; }
    public string? Currency { get; }
    public bool IsCreditNote => Amount < 0;
}
