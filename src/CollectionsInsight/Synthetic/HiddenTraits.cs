using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// What the generator knows about a customer and the data never shows directly. The true response to
/// each channel is a function of these traits and of the invoice at hand (<see cref="TrueLogit"/>).
/// </summary>
internal sealed record HiddenTraits(
    string Segment,
    double Reliability,
    double PhoneResponsiveness,
    double EmailResponsiveness,
    bool ApTakesNoCalls,
    int TimeZoneHours,
    bool PhoneMissing,
    bool PhoneWrong,
    bool EmailMissing,
    bool EmailBounces,
    DateOnly OnboardedOn)
{
    public bool PhoneWorks => !PhoneMissing && !PhoneWrong;
    public bool EmailWorks => !EmailMissing && !EmailBounces;

    /// <summary>
    /// What a collection effort that calls for <paramref name="mix"/> can actually use: without a phone number on
    /// file it can only email, without an email address only phone (the generator never leaves out both).
    /// </summary>
    public ChannelMix Reachable(ChannelMix mix) => PhoneMissing ? ChannelMix.Email : EmailMissing ? ChannelMix.Phone : mix;

    /// <summary>
    /// Log-odds of payment within the horizon of a collection effort that starts with <paramref name="mix"/>.
    /// Base: reliability, invoice size relative to the customer's usual (log), days overdue at the start, segment.
    /// Channel effects (scaled by <paramref name="effect"/>; zero in the null scenario):
    /// phone works with responsive customers near our time zone, not where AP takes no calls, more for new customers;
    /// email works with responsive inboxes; both adds a little over the better one but annoys reliable payers.
    /// </summary>
    public double TrueLogit(ChannelMix mix, double logRelativeSize, int daysOverdue, bool isNew, double effect)
    {
        var baseLogit = -0.3 + 1.0 * Reliability - 0.25 * logRelativeSize - 0.03 * (daysOverdue - 5) + SegmentOffset;
        var phone = PhoneWorks && !ApTakesNoCalls
            ? effect * (1.4 * PhoneResponsiveness - 0.4 - 0.08 * TimeZoneHours + (isNew ? 0.5 : 0))
            : 0;
        var email = EmailWorks ? effect * (1.2 * EmailResponsiveness - 0.4) : 0;
        var channel = mix switch
        {
            ChannelMix.Phone => phone,
            ChannelMix.Email => email,
            _ => Math.Max(phone, email) + 0.6 * Math.Min(Math.Max(phone, 0), Math.Max(email, 0))
                 - effect * 0.4 * Sigmoid(2 * Reliability),
        };
        return baseLogit + channel;
    }

    private double SegmentOffset => Segment switch
    {
        "Enterprise" => 0.2,
        "Public" => -0.3,
        _ => 0,
    };

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
