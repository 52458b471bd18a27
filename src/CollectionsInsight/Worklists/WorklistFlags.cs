namespace CollectionsInsight.Worklists;

/// <summary>What a collector should know about a customer before contacting them.</summary>
[Flags]
public enum WorklistFlags
{
    /// <summary>Nothing to note.</summary>
    None = 0,

    /// <summary>Onboarded fewer than <see cref="WorklistOptions.NewCustomerDays"/> days before the as-of date.</summary>
    NewCustomer = 1,

    /// <summary>No phone number on file.</summary>
    MissingPhone = 2,

    /// <summary>No email address on file.</summary>
    MissingEmail = 4,

    /// <summary>Our latest email to the customer bounced.</summary>
    BouncedEmail = 8,

    /// <summary>Our latest call to the customer hit a wrong number.</summary>
    WrongNumber = 16,

    /// <summary>A promise to pay is pending: its date is the as-of date or later.</summary>
    PromiseDue = 32,

    /// <summary>The latest promise to pay was broken: its date passed without the promised cash and no call reached the customer since.</summary>
    BrokenPromise = 64,

    /// <summary>The channel model's advice was low-confidence, so the rules chose the channel.</summary>
    LowConfidence = 128,

    /// <summary>The customer disputed a listed invoice (or their account, since the oldest listed invoice was issued): resolve it before chasing.</summary>
    Disputed = 256,
}
