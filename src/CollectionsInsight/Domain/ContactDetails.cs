namespace CollectionsInsight.Domain;

/// <summary>What the contact attempts say about a customer's contact details.</summary>
internal static class ContactDetails
{
    /// <summary>
    /// Whether our latest outbound attempt by <paramref name="channel"/> failed on the detail itself: a wrong number for
    /// phone, a bounce for email. <paramref name="attempts"/> are in time order.
    /// </summary>
    public static bool LatestFailed(IEnumerable<ContactAttempt> attempts, Channel channel) =>
        attempts.LastOrDefault(a => a.IsOutbound && a.Channel == channel)?.Outcome == (channel == Channel.Phone ? Outcome.WrongNumber : Outcome.Bounced);
}
