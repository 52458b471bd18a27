namespace CollectionsInsight.Domain;

/// <summary>The medium of a contact attempt.</summary>
public enum Channel
{
    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>An email.</summary>
    Email,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>A letter by post.</summary>
    Letter,
}
