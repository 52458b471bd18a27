using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// What the generator knows about a customer and the data never shows directly. The true response to
/// each channel is a function of these traits, the world's rules and the invoice at hand (<see cref="TrueLogit"/>).
/// </summary>
/// <param name="Segment">The customer's segment, as customers.csv shows it.</param>
/// <param name="Reliability">How readily the customer pays of its own accord (standard normal; higher pays sooner).</param>
/// <param name="PhoneResponsiveness">How much a call moves the customer to pay, 0 to 1.</param>
/// <param name="EmailResponsiveness">How much an email moves the customer to pay, 0 to 1.</param>
/// <param name="ApTakesNoCalls">The payables desk does not take collection calls: phone never reaches it.</param>
/// <param name="TimeZoneHours">Hours between the customer's time zone and the collection team's.</param>
/// <param name="PhoneMissing">No phone number on file.</param>
/// <param name="PhoneWrongFrom">From when the number on file is wrong (<see cref="DateOnly.MinValue"/>: always); null while it works.</param>
/// <param name="EmailMissing">No email address on file.</param>
/// <param name="EmailBouncesFrom">From when the address on file bounces; null while it works.</param>
/// <param name="OnboardedOn">When the customer was onboarded.</param>
/// <param name="InvoicesPerMonth">The customer's invoice volume, which its invoice counts show.</param>
/// <param name="IntroResponse">The customer's own multiplier of the world's introduction-call effect (mean 1).</param>
/// <param name="PressureResponse">The customer's own response to phone and email at once, beyond what the data shows (standard normal).</param>
internal sealed record HiddenTraits(
    string Segment,
    double Reliability,
    double PhoneResponsiveness,
    double EmailResponsiveness,
    bool ApTakesNoCalls,
    int TimeZoneHours,
    bool PhoneMissing,
    DateOnly? PhoneWrongFrom,
    bool EmailMissing,
    DateOnly? EmailBouncesFrom,
    DateOnly OnboardedOn,
    double InvoicesPerMonth,
    double IntroResponse,
    double PressureResponse)
{
    /// <summary>Whether a call on <paramref name="on"/> reaches the number on file: there is one and it has not turned wrong.</summary>
    public bool PhoneWorks(DateOnly on) => !PhoneMissing && !(PhoneWrongFrom <= on);

    /// <summary>Whether an email sent on <paramref name="on"/> arrives: there is an address and it does not bounce yet.</summary>
    public bool EmailWorks(DateOnly on) => !EmailMissing && !(EmailBouncesFrom <= on);

    public bool IsNew(DateOnly on) => on.DayNumber - OnboardedOn.DayNumber < 90;

    /// <summary>
    /// What a collection effort that calls for <paramref name="mix"/> can actually use: without a phone number on
    /// file it can only email, without an email address only phone (the generator never leaves out both).
    /// </summary>
    public ChannelMix Reachable(ChannelMix mix) => PhoneMissing ? ChannelMix.Email : EmailMissing ? ChannelMix.Phone : mix;

    /// <summary>
    /// Log-odds of payment within the horizon of a collection effort that starts on <paramref name="on"/> with <paramref name="mix"/>.
    /// Base: reliability, invoice size relative to the customer's usual (log), days overdue at the start, segment.
    /// Channel effects (scaled by the world's effect; zero in the null world), each only while its contact detail works:
    /// phone works with responsive customers near our time zone, not where AP takes no calls, more for new customers
    /// (the introduction call); email works with responsive inboxes; both adds a little over the better one and either
    /// annoys reliable payers a little or, in the pressure worlds, presses or puts off the customer (<see cref="Pressure"/>).
    /// </summary>
    public double TrueLogit(WorldRules world, ChannelMix mix, double logRelativeSize, int daysOverdue, DateOnly on)
    {
        var effect = world.Effect;
        var baseLogit = world.BaseLogit + 1.0 * Reliability - 0.25 * logRelativeSize - 0.03 * (daysOverdue - 5) + SegmentOffset;
        var phoneWorks = PhoneWorks(on) && !ApTakesNoCalls;
        var emailWorks = EmailWorks(on);
        var intro = IsNew(on) ? world.IntroCall * IntroResponse : 0;
        double Phone(double introShare) =>
            phoneWorks ? effect * (1.4 * PhoneResponsiveness + world.PhoneOffset - 0.08 * TimeZoneHours + intro * introShare) : 0;
        var email = emailWorks ? effect * (1.2 * EmailResponsiveness - 0.4) : 0;
        if (mix == ChannelMix.Phone) return baseLogit + Phone(1);
        if (mix == ChannelMix.Email) return baseLogit + email;
        var phone = Phone(world.IntroCallWithEmail);
        return baseLogit + Math.Max(phone, email) + 0.6 * Math.Min(Math.Max(phone, 0), Math.Max(email, 0))
            + (world.Pressure && phoneWorks && emailWorks ? effect * Pressure(logRelativeSize) : -effect * 0.4 * Sigmoid(2 * Reliability));
    }

    /// <summary>
    /// What a call and an email at once do beyond the better of them, in log-odds: owner-run SMBs and chronically late
    /// payers (low reliability, which their record of late invoices shows) feel pressed to pay; payables desks of
    /// enterprise and public accounts, with many invoices a month and large invoices, resent being chased twice.
    /// </summary>
    private double Pressure(double logRelativeSize) =>
        (Segment == "SMB" ? 0.8 : Segment is "Enterprise" or "Public" ? -0.9 : 0)
        - 0.6 * Reliability
        - 0.4 * Math.Log(InvoicesPerMonth / 1.5)
        - 0.3 * logRelativeSize
        + 0.4 * PressureResponse;

    private double SegmentOffset => Segment switch
    {
        "Enterprise" => 0.2,
        "Public" => -0.3,
        _ => 0,
    };

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
