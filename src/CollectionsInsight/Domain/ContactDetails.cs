namespace CollectionsInsight.Domain;

/// <summary>What the contact attempts say about a customer's contact details.</summary>
internal static class ContactDetails
{
    /// <summary>
    /// Whether our latest outbound attempt by <paramref name="channel"/> on or before <paramref name="asOf"/> failed on the
    /// detail itself: a wrong number for phone, a bounce for email. <paramref name="attempts"/> are in time order.
    /// </summary>
    public static bool LatestFailed(IReadOnlyList<ContactAttempt> attempts, Channel channel, DateOnly asOf)
    {
        for (var i = attempts.Count - 1; i >= 0; i--)
        {
            var attempt = attempts[i];
            if (attempt.IsOutbound && attempt.Channel == channel && attempt.OccurredOn <= asOf)
                return attempt.Outcome == (channel == Channel.Phone ? Outcome.WrongNumber : Outcome.Bounced);
        }
        return false;
    }
}
