namespace CollectionsInsight.Domain;

/// <summary>
/// The set of outbound phone and email attempts about an invoice (in the lifetime view) or in the first days of a
/// collection effort (in the episode view); the model chooses between <see cref="Phone"/>, <see cref="Email"/> and
/// <see cref="Both"/>.
/// </summary>
public enum ChannelMix
{
    /// <summary>No outbound phone or email attempt, and no sms or letter either.</summary>
    None,

    /// <summary>Only phone calls.</summary>
    Phone,

    /// <summary>Only emails.</summary>
    Email,

    /// <summary>Phone calls and emails.</summary>
    Both,

    /// <summary>Only sms or letters reached it.</summary>
    Other,
}
