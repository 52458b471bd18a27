namespace CollectionsInsight.Loading;

/// <summary>The columns of customers.csv.</summary>
public sealed class CustomerColumns : FileContract
{
    internal CustomerColumns() : base("customers")
    {
        CustomerId = Column("customer_id", ColumnType.Text, required: true);
        Name = Column("name", ColumnType.Text, required: false);
        Segment = Column("segment", ColumnType.Text, required: false);
        Country = Column("country", ColumnType.Text, required: false);
        TimeZone = Column("time_zone", ColumnType.Text, required: false);
        PaymentTermsDays = Column("payment_terms_days", ColumnType.Int, required: false);
        CreditLimit = Column("credit_limit", ColumnType.Decimal, required: false);
        OnboardedOn = Column("onboarded_on", ColumnType.Date, required: false);
        ContactName = Column("contact_name", ColumnType.Text, required: false);
        Phone = Column("phone", ColumnType.Text, required: false);
        Email = Column("email", ColumnType.Text, required: false);
    }

    /// <summary>customer_id: unique.</summary>
    public ContractColumn CustomerId { get; }

    /// <summary>name: the company name.</summary>
    public ContractColumn Name { get; }

    /// <summary>segment: e.g. SMB, MidMarket, Enterprise, Public.</summary>
    public ContractColumn Segment { get; }

    /// <summary>country: ISO 3166-1 alpha-2.</summary>
    public ContractColumn Country { get; }

    /// <summary>time_zone: an IANA id.</summary>
    public ContractColumn TimeZone { get; }

    /// <summary>payment_terms_days: default 30.</summary>
    public ContractColumn PaymentTermsDays { get; }

    /// <summary>credit_limit: zero or more.</summary>
    public ContractColumn CreditLimit { get; }

    /// <summary>onboarded_on.</summary>
    public ContractColumn OnboardedOn { get; }

    /// <summary>contact_name.</summary>
    public ContractColumn ContactName { get; }

    /// <summary>phone: empty is a missing contact detail.</summary>
    public ContractColumn Phone { get; }

    /// <summary>email: empty is a missing contact detail.</summary>
    public ContractColumn Email { get; }
}
