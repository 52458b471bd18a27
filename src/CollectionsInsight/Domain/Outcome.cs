namespace CollectionsInsight.Domain;

/// <summary>What a contact attempt achieved, as the collector recorded it.</summary>
public enum Outcome
{
    /// <summary>A call reached the customer's contact.</summary>
    Reached,

    /// <summary>A call went to voicemail (a message was left).</summary>
    Voicemail,

    /// <summary>A call was not answered.</summary>
    NoAnswer,

    /// <summary>The phone number does not belong to the customer: a contact detail to fix.</summary>
    WrongNumber,

    /// <summary>An email (or letter, or text) was sent; nothing is known yet about whether it was read.</summary>
    Sent,

    /// <summary>The email address bounced: a contact detail to fix.</summary>
    Bounced,

    /// <summary>The customer replied to an email.</summary>
    Replied,

    /// <summary>The customer promised to pay, usually with a date and an amount.</summary>
    PromiseToPay,

    /// <summary>The customer disputes the invoice.</summary>
    Dispute,
}
