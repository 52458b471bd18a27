namespace CollectionsInsight.Domain;

/// <summary>An invoice; a negative amount is a credit note.</summary>
public sealed record Invoice
{
    /// <summary>An invoice; a blank currency becomes null.</summary>
    /// <exception cref="ArgumentException">An id is blank, the due date is before the issue date, or the amount is zero or
    /// implausibly large.</exception>
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

    /// <summary>The invoice's unique id.</summary>
    public string InvoiceId { get; }

    /// <summary>The customer billed.</summary>
    public string CustomerId { get; }

    /// <summary>The issue date: days to pay count from here, and the amount is a credit sale of its month.</summary>
    public DateOnly IssuedOn { get; }

    /// <summary>The due date (not before the issue date): the invoice is overdue from the day after.</summary>
    public DateOnly DueOn { get; }

    /// <summary>The amount billed, in the invoice's currency; negative for a credit note, never zero.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code, e.g. EUR; null when not given. Amounts are never converted.</summary>
    public string? Currency { get; }

    /// <summary>True for a credit note (a negative amount): it is not a sale and is never settled.</summary>
    public bool IsCreditNote => Amount < 0;
}
