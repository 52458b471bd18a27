using System.Diagnostics;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>The thresholds of the contact rules, the minutes each action takes, and the collectors' capacity.</summary>
public sealed record WorklistOptions
{
    /// <summary>Days to wait for a response before following up (adding the other channel).</summary>
    public int FollowUpDays { get; init; } = 7;

    /// <summary>A customer onboarded fewer than this many days before the as-of date is new and gets an introduction call.</summary>
    public int NewCustomerDays { get; init; } = 90;

    /// <summary>Escalate when the oldest open invoice is this many days overdue.</summary>
    public int EscalateAfterDays { get; init; } = 90;

    /// <summary>Also list customers whose open invoices fall due within this many days (0 = overdue only).</summary>
    public int DueWithinDays { get; init; }

    /// <summary>A reliable payer has at least this many settled invoices…</summary>
    public int ReliablePayerInvoices { get; init; } = 3;

    /// <summary>…and settled at least this share of them by their due date; reliable payers with a working email are handled by email.</summary>
    public double ReliablePayerShare { get; init; } = 0.8;

    /// <summary>
    /// The challenger share of a champion/challenger test, 0 to 1 (default 0: none). Each customer whose phone and email
    /// both work is in it with this probability, and then gets phone, email or both at random, one in three each, in
    /// place of the rules' or the model's channel. The outcomes of those customers show what each channel does without
    /// the collectors' choice in the way, and give the channel model customers of every kind under every channel.
    /// </summary>
    public double ChallengerShare { get; init; }

    /// <summary>
    /// The seed of the challenger draw. With the same seed a customer keeps its draw from one worklist to the next; a
    /// new seed starts a new test.
    /// </summary>
    public int ChallengerSeed { get; init; } = 1;

    /// <summary>Collector minutes a call takes (default 10).</summary>
    public int CallMinutes { get; init; } = CollectorMinutes.Call;

    /// <summary>Collector minutes an email takes (default 4).</summary>
    public int EmailMinutes { get; init; } = CollectorMinutes.Email;

    /// <summary>Collector minutes an introduction call takes (default 15).</summary>
    public int IntroductionCallMinutes { get; init; } = 15;

    /// <summary>Collector minutes an email confirming a promise to pay takes (default 3).</summary>
    public int ConfirmPromiseMinutes { get; init; } = 3;

    /// <summary>Collector minutes finding working contact details takes (default 8).</summary>
    public int UpdateContactDetailsMinutes { get; init; } = 8;

    /// <summary>Collector minutes an escalation takes (default 20).</summary>
    public int EscalateMinutes { get; init; } = 20;

    /// <summary>Collectors working the list.</summary>
    public int Collectors { get; init; } = 1;

    /// <summary>Minutes each collector spends on the list per working day.</summary>
    public int MinutesPerDay { get; init; } = 360;

    /// <summary>Working days (Monday to Friday) the capacity plan fills, starting at the as-of date.</summary>
    public int PlanDays { get; init; } = 5;

    /// <summary>Collector minutes an action takes; a call + email takes a call's and an email's.</summary>
    public int MinutesFor(NextAction action) => action switch
    {
        NextAction.IntroductionCall => IntroductionCallMinutes,
        NextAction.Call => CallMinutes,
        NextAction.Email => EmailMinutes,
        NextAction.CallAndEmail => CallMinutes + EmailMinutes,
        NextAction.ConfirmPromiseByEmail => ConfirmPromiseMinutes,
        NextAction.UpdateContactDetails => UpdateContactDetailsMinutes,
        NextAction.Escalate => EscalateMinutes,
        _ => throw new UnreachableException($"no minutes for {action}"),
    };

    internal void Validate()
    {
        Require(FollowUpDays, 1, 90, nameof(FollowUpDays));
        Require(NewCustomerDays, 0, 3650, nameof(NewCustomerDays));
        Require(EscalateAfterDays, 1, 3650, nameof(EscalateAfterDays));
        Require(DueWithinDays, 0, 365, nameof(DueWithinDays));
        Require(ReliablePayerInvoices, 1, 1000, nameof(ReliablePayerInvoices));
        if (ReliablePayerShare is < 0 or > 1 || double.IsNaN(ReliablePayerShare))
            throw new ArgumentOutOfRangeException(nameof(ReliablePayerShare), ReliablePayerShare, "the reliable payer share must be 0 to 1");
        if (ChallengerShare is < 0 or > 1 || double.IsNaN(ChallengerShare))
            throw new ArgumentOutOfRangeException(nameof(ChallengerShare), ChallengerShare, "the challenger share must be 0 to 1");
        foreach (var action in Enum.GetValues<NextAction>())
            Require(MinutesFor(action), 1, 480, $"minutes for {action.ToWord()}");
        Require(Collectors, 1, 10_000, nameof(Collectors));
        Require(MinutesPerDay, 1, 1440, nameof(MinutesPerDay));
        Require(PlanDays, 1, 260, nameof(PlanDays));
    }

    private static void Require(int value, int min, int max, string name)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {min} to {max}");
    }
}
