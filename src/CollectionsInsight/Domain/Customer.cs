namespace CollectionsInsight.Domain;

/// <summary>A customer account. Contact details are null when missing in the source data.</summary>
public sealed record Customer
{
    public const int DefaultPaymentTermsDays = 30;

    public Customer(string customerId, string? name = null, string? segment = null, string? country = null,
        string? timeZone = null, int paymentTermsDays = DefaultPaymentTermsDays, decimal? creditLimit = null,
        DateOnly? onboardedOn = null, string? contactName = null, string? phone = null, string? email = null)
    {
        CustomerId = Guard.Id(customerId, nameof(customerId));
        if (paymentTermsDays is < 0 or > 3650)
            throw new ArgumentOutOfRangeException(nameof(paymentTermsDays), paymentTermsDays, "payment terms must be 0 to 3650 days");
        Name = Guard.Blank(name);
        Segment = Guard.Blank(segment);
        Country = Guard.Blank(country);
        TimeZone = Guard.Blank(timeZone);
        PaymentTermsDays = paymentTermsDays;
        CreditLimit = creditLimit;
        OnboardedOn = onboardedOn;
        ContactName = Guard.Blank(contactName);
        Phone = Guard.Blank(phone);
        Email = Guard.Blank(email);
    }

    public string CustomerId { get; }
    public string? Name { get; }
    public string? Segment { get; }
    public string? Country { get; }
    public string? TimeZone { get; }
    public int PaymentTermsDays { get; }
    public decimal? CreditLimit { get; }
    public DateOnly? OnboardedOn { get; }
    public string? ContactName { get; }
    public string? Phone { get; }
    public string? Email { get; }
}
