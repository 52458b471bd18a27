namespace CollectionsInsight.Loading;

/// <summary>The columns of invoices.csv.</summary>
public sealed class InvoiceColumns : FileContract
{
    internal InvoiceColumns() : base("invoices")
    {
        InvoiceId = Column("invoice_id", ColumnType.Text, required: true);
        CustomerId = Column("customer_id", ColumnType.Text, required: true);
        IssuedOn = Column("issued_on", ColumnType.Date, required: true);
        DueOn = Column("due_on", ColumnType.Date, required: true, derivedWhenAbsent: true);
        Amount = Column("amount", ColumnType.Decimal, required: true);
        Currency = Column("currency", ColumnType.Text, required: false);
    }

    /// <summary>invoice_id: unique.</summary>
    public ContractColumn InvoiceId { get; }

    /// <summary>customer_id: a customer in customers.csv.</summary>
    public ContractColumn CustomerId { get; }

    /// <summary>issued_on.</summary>
    public ContractColumn IssuedOn { get; }

    /// <summary>
    /// due_on: not before issued_on, and at most <see cref="DataContract.LongestTermsDays"/> days after it; where the file
    /// has no such column, issued_on plus the customer's payment terms.
    /// </summary>
    public ContractColumn DueOn { get; }

    /// <summary>amount: non-zero; negative is a credit note.</summary>
    public ContractColumn Amount { get; }

    /// <summary>currency: ISO 4217.</summary>
    public ContractColumn Currency { get; }
}
