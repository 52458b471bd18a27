using System.Diagnostics;
using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Worklists;

/// <summary>
/// The contact rules from collections practice, each a small named piece. <see cref="Decide"/> applies
/// them in precedence order (the first that applies wins) and then <see cref="FallBackToWorkingChannel"/>,
/// so that a channel known to be broken is never recommended:
/// <list type="number">
/// <item><see cref="Escalate"/>: no working channel, or very overdue;</item>
/// <item><see cref="CallAfterBrokenPromise"/>;</item>
/// <item><see cref="ConfirmPromiseByEmail"/>: a call that ended in a promise;</item>
/// <item><see cref="WatchPromise"/>: wait for the promised date;</item>
/// <item><see cref="IntroductionCall"/>: new customers are called first;</item>
/// <item><see cref="EmailAfterVoicemail"/>;</item>
/// <item><see cref="FollowUpWithoutResponse"/>: no response within the follow-up interval adds the other channel;</item>
/// <item><see cref="NextContact"/>: otherwise the chosen channel, a follow-up interval after the last answer.</item>
/// </list>
/// </summary>
internal static class ContactRules
{
    private delegate Decision? Rule(ContactFacts facts, ChannelChoice choice, WorklistOptions options);

    private static readonly Rule[] InPrecedence =
    [
        Escalate, CallAfterBrokenPromise, ConfirmPromiseByEmail, WatchPromise, IntroductionCall,
        EmailAfterVoicemail, FollowUpWithoutResponse, NextContact,
    ];

    /// <summary>The decision of the first rule that applies, with broken channels removed.</summary>
    public static Decision Decide(ContactFacts facts, ChannelChoice choice, WorklistOptions options)
    {
        foreach (var rule in InPrecedence)
        {
            if (rule(facts, choice, options) is { } decision)
                return FallBackToWorkingChannel(facts, decision);
        }
        throw new InvalidOperationException("NextContact always applies");
    }

    /// <summary>
    /// The ordinary channel: a confident model's advice; otherwise email for reliable payers with a working
    /// email address, phone for everyone else. Broken channels are removed later, by the fallback.
    /// </summary>
    public static ChannelChoice ChooseChannel(ContactFacts facts, ChannelAdvice? advice)
    {
        if (advice is { LowConfidence: false })
            return new ChannelChoice(advice.Channel, ChannelSource.Model,
                $"the model predicts P(paid) {P(advice.PPaid.Phone)} by phone, {P(advice.PPaid.Email)} by email, {P(advice.PPaid.Both)} by both");
        return facts.IsReliablePayer && facts.Email == ChannelState.Works
            ? new ChannelChoice(ChannelMix.Email, ChannelSource.Rules, "reliable payer: email")
            : new ChannelChoice(ChannelMix.Phone, ChannelSource.Rules, "not a reliable payer by email: phone");
    }

    /// <summary>
    /// The challenger's channel, when the customer is in the challenger share and both its channels work: a draw among
    /// the working channels only would not test all three.
    /// </summary>
    public static ChannelChoice? Challenge(ContactFacts facts, WorklistOptions options) =>
        facts.Phone == ChannelState.Works && facts.Email == ChannelState.Works
        && Challengers.Draw(facts.Customer.CustomerId, options.ChallengerSeed, options.ChallengerShare) is { } channel
            ? new ChannelChoice(channel, ChannelSource.Challenger,
                $"challenger: {channel.ToWord()}, drawn at random for {(options.ChallengerShare * 100).ToString("0.##", CultureInfo.InvariantCulture)}% of customers")
            : null;

    internal static Decision? Escalate(ContactFacts facts, ChannelChoice choice, WorklistOptions options)
    {
        if (facts.Phone != ChannelState.Works && facts.Email != ChannelState.Works)
            return new Decision(NextAction.Escalate, ChannelMix.None, facts.AsOf,
                $"no working channel ({Describe("phone", facts.Phone)}, {Describe("email", facts.Email)}): escalate and update contact details");
        if (facts.OldestDaysOverdue >= options.EscalateAfterDays)
            return new Decision(NextAction.Escalate, choice.Channel, facts.AsOf,
                $"{facts.OldestDaysOverdue} days overdue (escalation at {options.EscalateAfterDays}): escalate");
        return null;
    }

    internal static Decision? CallAfterBrokenPromise(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.PromiseBroken
            ? new Decision(NextAction.Call, ChannelMix.Phone, facts.AsOf, $"promise to pay on {Day(facts.Promise!.PromisedOn!.Value)} was broken: call")
            : null;

    /// <summary>
    /// A call that ended in a promise is confirmed by email (when email works). The confirmation is a courtesy, not
    /// the collection channel: the row keeps the chosen channel for the contacts that follow if the promise breaks.
    /// </summary>
    internal static Decision? ConfirmPromiseByEmail(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.PendingPromise is { Channel: Channel.Phone } promise && !facts.PromiseConfirmed && facts.Email == ChannelState.Works
            ? new Decision(NextAction.ConfirmPromiseByEmail, choice.Channel, facts.AsOf,
                $"call on {Day(promise.OccurredOn)} ended in a promise to pay on {Day(promise.PromisedOn!.Value)}: confirm it by email ({choice.Reason})")
            : null;

    internal static Decision? WatchPromise(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.PendingPromise is { } promise
            ? new Decision(ActionFor(choice.Channel), choice.Channel, DayAfter(promise.PromisedOn!.Value),
                $"promise to pay on {Day(promise.PromisedOn!.Value)}: check the payment the day after ({choice.Reason})")
            : null;

    internal static Decision? IntroductionCall(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.IsNew && !facts.Introduced
            ? new Decision(NextAction.IntroductionCall, ChannelMix.Phone, facts.AsOf,
                $"new customer (onboarded {Day(facts.Customer.OnboardedOn!.Value)}): introduction call, then note their preferred channel")
            : null;

    /// <summary>
    /// A voicemail is followed by an email. Like a promise confirmation, the email is a step, not the collection
    /// channel: the row keeps the chosen channel. Without a working email the row carries email, so that the
    /// fallback turns it into updating the contact details.
    /// </summary>
    internal static Decision? EmailAfterVoicemail(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.LastAttempt is { Channel: Channel.Phone, Outcome: Outcome.Voicemail } voicemail && !facts.Answered
            ? new Decision(NextAction.Email, facts.Email == ChannelState.Works ? choice.Channel : ChannelMix.Email, Later(voicemail.OccurredOn, facts.AsOf),
                $"voicemail on {Day(voicemail.OccurredOn)}: follow with an email ({choice.Reason})")
            : null;

    /// <summary>
    /// No response to the last attempt: follow up once the interval has passed, adding the other channel.
    /// A confident model's channel is kept: it already weighed both channels for this customer. So is a challenger's, which
    /// the test must keep to be a test.
    /// </summary>
    internal static Decision? FollowUpWithoutResponse(ContactFacts facts, ChannelChoice choice, WorklistOptions options)
    {
        if (facts.LastAttempt is not { } last || facts.Answered) return null;
        var due = Later(last.OccurredOn.AddDays(options.FollowUpDays), facts.AsOf);
        var what = $"no response to the {last.Channel.ToWord()} on {Day(last.OccurredOn)}";
        return choice.Source != ChannelSource.Rules
            ? new Decision(ActionFor(choice.Channel), choice.Channel, due, $"{what}: follow up on {Day(due)} ({choice.Reason})")
            : new Decision(NextAction.CallAndEmail, ChannelMix.Both, due, $"{what}: follow up on {Day(due)} by phone and email");
    }

    internal static Decision? NextContact(ContactFacts facts, ChannelChoice choice, WorklistOptions options) =>
        facts.LastAttempt is { } last
            ? new Decision(ActionFor(choice.Channel), choice.Channel, Later(last.OccurredOn.AddDays(options.FollowUpDays), facts.AsOf),
                $"answered on {Day(last.OccurredOn)}: next contact after the follow-up interval ({choice.Reason})")
            : new Decision(ActionFor(choice.Channel), choice.Channel, facts.AsOf, $"no contact yet ({choice.Reason})");

    /// <summary>
    /// Removes broken channels from the decision. When nothing of the decided channel works, the action
    /// becomes <see cref="NextAction.UpdateContactDetails"/> and the working channel is used meanwhile.
    /// </summary>
    internal static Decision FallBackToWorkingChannel(ContactFacts facts, Decision decision)
    {
        if (decision.Channel == ChannelMix.None || facts.Works(decision.Channel)) return decision;
        var phone = decision.Channel is ChannelMix.Phone or ChannelMix.Both && facts.Phone == ChannelState.Works;
        var email = decision.Channel is ChannelMix.Email or ChannelMix.Both && facts.Email == ChannelState.Works;
        var broken = facts.Phone != ChannelState.Works ? Describe("phone", facts.Phone) : Describe("email", facts.Email);
        if (phone || email)
        {
            var working = phone ? ChannelMix.Phone : ChannelMix.Email;
            var action = decision.Action == NextAction.Escalate ? NextAction.Escalate : ActionFor(working);
            return decision with { Action = action, Channel = working, Reason = $"{decision.Reason}; {broken}: {working.ToWord()} only, update contact details" };
        }
        var other = facts.Phone == ChannelState.Works ? ChannelMix.Phone : ChannelMix.Email;
        var next = decision.Action == NextAction.Escalate ? NextAction.Escalate : NextAction.UpdateContactDetails;
        return decision with { Action = next, Channel = other, Reason = $"{decision.Reason}; {broken}: update contact details, meanwhile {other.ToWord()}" };
    }

    private static NextAction ActionFor(ChannelMix channel) => channel switch
    {
        ChannelMix.Phone => NextAction.Call,
        ChannelMix.Email => NextAction.Email,
        ChannelMix.Both => NextAction.CallAndEmail,
        _ => throw new UnreachableException($"a collector cannot be asked to use {channel}"),
    };

    private static string Describe(string channel, ChannelState state) => state switch
    {
        ChannelState.Missing => $"{channel} missing",
        ChannelState.Failing => channel == "phone" ? "wrong phone number" : "email bounced",
        ChannelState.Works => $"{channel} works",
        _ => throw new UnreachableException(state.ToString()),
    };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    // A placeholder promise (9999-12-31) has no day after: check it on the day itself.
    private static DateOnly DayAfter(DateOnly date) => date == DateOnly.MaxValue ? date : date.AddDays(1);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
