namespace CollectionsInsight.Loading;

/// <summary>The columns of payments.csv.</summary>
public sealed class PaymentColumns : FileContract
{
    internal PaymentColumns() : base("payments")
    {
        PaymentId = Column("payment_id", ColumnType.Text, required: true);
        CustomerId = Column("customer_id", ColumnType.Text, required: true);
        InvoiceId = Column("invoice_id", ColumnType.Text, required: false);
        PaidOn = Column("paid_on", ColumnType.Date, required: true);
        Amount = Column("amount", ColumnType.Decimal, required: true);
    }

    /// <summary>payment_id: unique.</summary>
    public ContractColumn PaymentId { get; }

    /// <summary>customer_id: a customer in customers.csv.</summary>
    public ContractColumn CustomerId { get; }

    /// <summary>invoice_id: empty is unapplied cash.</summary>
    public ContractColumn InvoiceId { get; }

    /// <summary>paid_on.</summary>
    public ContractColumn PaidOn { get; }

    /// <summary>amount: greater than zero.</summary>
    public ContractColumn Amount { get; }
}
