namespace CollectionsInsight.Domain;

/// <summary>A customer account. Contact details are null when missing in the source data.</summary>
public sealed record Customer
{
    /// <summary>Payment terms in days when the data gives none.</summary>
    public const int DefaultPaymentTermsDays = 30;

    /// <summary>A customer; blank optional text becomes null (missing).</summary>
    /// <exception cref="ArgumentException">The id is blank, or the payment terms are not 0 to 3650 days.</exception>
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

    /// <summary>The customer's unique id.</summary>
    public string CustomerId { get; }

    /// <summary>The customer's name; null when missing.</summary>
    public string? Name { get; }

    /// <summary>The customer segment, e.g. SMB, MidMarket, Enterprise, Public; null when missing.</summary>
    public string? Segment { get; }

    /// <summary>The country, e.g. NL (ISO 3166-1 alpha-2); null when missing.</summary>
    public string? Country { get; }

    /// <summary>The customer's time zone, an IANA id such as Europe/Amsterdam; null when missing.</summary>
    public string? TimeZone { get; }

    /// <summary>The customer's payment terms in days (default 30); each invoice carries its own due date.</summary>
    public int PaymentTermsDays { get; }

    /// <summary>The credit limit as given in the data; null when not given.</summary>
    public decimal? CreditLimit { get; }

    /// <summary>The day the customer was onboarded, null when unknown; recent customers get an introduction call.</summary>
    public DateOnly? OnboardedOn { get; }

    /// <summary>The person to contact about payment; null when missing.</summary>
    public string? ContactName { get; }

    /// <summary>The phone number; null when missing.</summary>
    public string? Phone { get; }

    /// <summary>The email address; null when missing.</summary>
    public string? Email { get; }
}
