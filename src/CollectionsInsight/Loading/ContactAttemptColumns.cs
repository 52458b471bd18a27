namespace CollectionsInsight.Loading;

/// <summary>The columns of contact_attempts.csv.</summary>
public sealed class ContactAttemptColumns : FileContract
{
    internal ContactAttemptColumns() : base("contact_attempts")
    {
        AttemptId = Column("attempt_id", ColumnType.Text, required: true);
        CustomerId = Column("customer_id", ColumnType.Text, required: true);
        InvoiceId = Column("invoice_id", ColumnType.Text, required: false);
        OccurredAt = Column("occurred_at", ColumnType.DateTime, required: true);
        Channel = Column("channel", ColumnType.Word, required: true);
        Direction = Column("direction", ColumnType.Word, required: false);
        Outcome = Column("outcome", ColumnType.Word, required: false);
        CollectorId = Column("collector_id", ColumnType.Text, required: false);
        PromisedOn = Column("promised_on", ColumnType.Date, required: false);
        PromisedAmount = Column("promised_amount", ColumnType.Decimal, required: false);
    }

    /// <summary>attempt_id: unique.</summary>
    public ContractColumn AttemptId { get; }

    /// <summary>customer_id: a customer in customers.csv.</summary>
    public ContractColumn CustomerId { get; }

    /// <summary>invoice_id: empty is about the customer's whole open balance.</summary>
    public ContractColumn InvoiceId { get; }

    /// <summary>occurred_at.</summary>
    public ContractColumn OccurredAt { get; }

    /// <summary>channel: phone, email, sms or letter.</summary>
    public ContractColumn Channel { get; }

    /// <summary>direction: outbound (default) or inbound.</summary>
    public ContractColumn Direction { get; }

    /// <summary>outcome: reached, voicemail, no_answer, ...</summary>
    public ContractColumn Outcome { get; }

    /// <summary>collector_id.</summary>
    public ContractColumn CollectorId { get; }

    /// <summary>promised_on: the date of a promise to pay.</summary>
    public ContractColumn PromisedOn { get; }

    /// <summary>promised_amount: the amount of a promise to pay.</summary>
    public ContractColumn PromisedAmount { get; }
}
