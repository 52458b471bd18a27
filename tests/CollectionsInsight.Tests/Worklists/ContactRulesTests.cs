using CollectionsInsight.Domain;
using CollectionsInsight.Worklists;
using static CollectionsInsight.Tests.Worklists.HistoryBuilder;

namespace CollectionsInsight.Tests.Worklists;

/// <summary>Each contact rule on a one-customer history, then the precedence when several apply.</summary>
public class ContactRulesTests
{
    private static WorklistRow RowOf(HistoryBuilder builder, WorklistOptions? options = null, ChannelAdvice? advice = null) =>
        Assert.Single(Worklist.Build(builder.Build(), AsOf, options,
            advice is null ? null : new Dictionary<string, ChannelAdvice> { [advice.CustomerId] = advice }).Rows);

    private static ChannelAdvice Advice(ChannelMix channel, bool lowConfidence = false) =>
        new("C1", channel, new(0.5, 0.6, 0.55), lowConfidence);

    [Fact]
    public void Decide_NoContactYet_CallsByPhone()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1"));

        Assert.Equal((NextAction.Call, ChannelMix.Phone, ChannelSource.Rules, AsOf), (row.NextAction, row.Channel, row.ChannelSource, row.DueBy));
        Assert.Equal(WorklistFlags.None, row.Flags);
    }

    [Fact]
    public void Decide_ReliablePayer_Emails()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").PaidInvoice("C1", 40).PaidInvoice("C1", 70).PaidInvoice("C1", 100));

        Assert.Equal((NextAction.Email, ChannelMix.Email), (row.NextAction, row.Channel));
        Assert.Contains("reliable payer", row.Reason);
    }

    [Fact]
    public void Decide_NewCustomer_IntroductionCall()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 45));

        Assert.Equal((NextAction.IntroductionCall, ChannelMix.Phone), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.NewCustomer, row.Flags);
    }

    [Fact]
    public void Decide_NewCustomerAlreadyReachedByPhone_NoIntroductionCall()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 45).Attempt("C1", 9, Channel.Phone, Outcome.Reached));

        Assert.Equal((NextAction.Call, AsOf), (row.NextAction, row.DueBy));
    }

    [Fact]
    public void Decide_NoResponseForFollowUpInterval_AddsTheOtherChannel()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 8, Channel.Email, Outcome.Sent));

        Assert.Equal((NextAction.CallAndEmail, ChannelMix.Both, AsOf), (row.NextAction, row.Channel, row.DueBy));
    }

    [Fact]
    public void Decide_NoResponseYetWithinInterval_FollowUpFallsDueLater()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 3, Channel.Email, Outcome.Sent),
            new WorklistOptions { FollowUpDays = 5 });

        Assert.Equal((NextAction.CallAndEmail, Day(2)), (row.NextAction, row.DueBy));
    }

    [Fact]
    public void Decide_InboundContactAfterLastAttempt_CountsAsResponse()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 8, Channel.Email, Outcome.Sent)
            .Attempt("C1", 6, Channel.Phone, Outcome.Reached, direction: Direction.Inbound));

        Assert.Equal((NextAction.Call, ChannelMix.Phone), (row.NextAction, row.Channel));
    }

    [Fact]
    public void Decide_Voicemail_EmailsAndKeepsTheCollectionChannel()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 1, Channel.Phone, Outcome.Voicemail));

        Assert.Equal((NextAction.Email, ChannelMix.Phone, AsOf), (row.NextAction, row.Channel, row.DueBy));
    }

    [Fact]
    public void Decide_CallEndedInPromise_ConfirmsByEmailAndKeepsTheCollectionChannel()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 1, Channel.Phone, Outcome.PromiseToPay, promisedInDays: 5));

        // Not a reliable payer yet: phone stays the channel for what follows if the promise breaks.
        Assert.Equal((NextAction.ConfirmPromiseByEmail, ChannelMix.Phone, AsOf), (row.NextAction, row.Channel, row.DueBy));
        Assert.Equal(WorklistFlags.PromiseDue, row.Flags);
    }

    [Fact]
    public void Decide_CallEndedInPromiseWithBouncedEmail_WatchesThePromiseInsteadOfEmailing()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 20, Channel.Email, Outcome.Bounced)
            .Attempt("C1", 1, Channel.Phone, Outcome.PromiseToPay, promisedInDays: 5));

        Assert.Equal((NextAction.Call, ChannelMix.Phone, Day(6)), (row.NextAction, row.Channel, row.DueBy));
    }

    [Fact]
    public void Decide_ConfirmedPromise_WaitsUntilTheDayAfterThePromisedDate()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 2, Channel.Phone, Outcome.PromiseToPay, promisedInDays: 5)
            .Attempt("C1", 1, Channel.Email, Outcome.Sent));

        Assert.Equal((NextAction.Call, Day(6)), (row.NextAction, row.DueBy));
        Assert.Equal(WorklistFlags.PromiseDue, row.Flags);
    }

    [Fact]
    public void Decide_BrokenPromise_Calls()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").PaidInvoice("C1", 40).PaidInvoice("C1", 70).PaidInvoice("C1", 100)
            .Attempt("C1", 10, Channel.Email, Outcome.PromiseToPay, promisedInDays: -3));

        Assert.Equal((NextAction.Call, ChannelMix.Phone), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.BrokenPromise, row.Flags);
    }

    [Fact]
    public void Decide_PromiseFollowedByPayment_IsNotBroken()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Invoice("C1", 5)
            .Attempt("C1", 10, Channel.Email, Outcome.PromiseToPay, promisedInDays: -3)
            .Payment("C1", 4, 1000m));

        Assert.False(row.Flags.HasFlag(WorklistFlags.BrokenPromise));
    }

    [Fact]
    public void Decide_PromiseOfTheWholeAmountKeptByPayingTheRestAfterAPartPayment_IsNotBroken()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", daysOverdue: 20).Invoice("C1", 5)
            .PayInvoice("C1-I1", 15, 400m)
            .Attempt("C1", 12, Channel.Phone, Outcome.PromiseToPay, promisedInDays: -3, invoiceId: "C1-I1", promisedAmount: 1000m)
            .PayInvoice("C1-I1", 4, 600m));

        Assert.Equal(["C1-I2"], row.OpenInvoiceIds);
        Assert.False(row.Flags.HasFlag(WorklistFlags.BrokenPromise), row.Reason);
    }

    [Fact]
    public void Decide_PromiseAboutAnInvoiceStillOpen_IsBroken()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", daysOverdue: 20)
            .Attempt("C1", 12, Channel.Phone, Outcome.PromiseToPay, promisedInDays: -3, invoiceId: "C1-I1", promisedAmount: 1000m)
            .PayInvoice("C1-I1", 4, 600m));

        Assert.True(row.Flags.HasFlag(WorklistFlags.BrokenPromise), row.Reason);
    }

    [Fact]
    public void Build_PromiseRecord_TheCustomersPromisesKeptInFullOfThoseJudged()
    {
        // Four promises made 50 days ago for 45 days ago, each about its own invoice of 1,000, and one still ahead.
        var builder = new HistoryBuilder().Customer("C1", daysOverdue: 20);
        foreach (var _ in Enumerable.Range(0, 4)) builder.Invoice("C1", 60);
        foreach (var invoice in new[] { "C1-I2", "C1-I3", "C1-I4", "C1-I5" })
            builder.Attempt("C1", 50, Channel.Phone, Outcome.PromiseToPay, promisedInDays: -45, invoiceId: invoice);
        builder
            .PayInvoice("C1-I2", 43, 1000m) // two days late: within the grace, kept
            .PayInvoice("C1-I4", 44, 400m) // partly kept
            .PayInvoice("C1-I5", 41, 1000m) // four days late: broken, as the analysis judges it; C1-I3 was never paid
            .Attempt("C1", 2, Channel.Email, Outcome.PromiseToPay, promisedInDays: 5, invoiceId: "C1-I1"); // pending

        var row = RowOf(builder);

        Assert.Equal((1, 4), (row.PromisesKept, row.PromisesJudged));
        Assert.Equal(["promises_kept", "promises_judged"], Worklist.Columns.TakeLast(2));
        Assert.Equal([1, 4], Worklist.CsvRow(row).TakeLast(2));
    }

    [Fact]
    public void Decide_BrokenPromiseFollowedByAnsweredCall_IsNoLongerBroken()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 10, Channel.Email, Outcome.PromiseToPay, promisedInDays: -5)
            .Attempt("C1", 2, Channel.Phone, Outcome.Reached));

        Assert.Equal(WorklistFlags.None, row.Flags);
        Assert.Equal(Day(5), row.DueBy);
    }

    [Fact]
    public void Decide_BouncedEmail_FallsBackToPhoneAndFlags()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").PaidInvoice("C1", 40).PaidInvoice("C1", 70).PaidInvoice("C1", 100)
            .Attempt("C1", 20, Channel.Email, Outcome.Bounced));

        Assert.Equal((NextAction.Call, ChannelMix.Phone), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.BouncedEmail, row.Flags);
        Assert.Contains("update contact details", row.Reason);
    }

    [Fact]
    public void Decide_VoicemailWithBouncedEmail_UpdatesContactDetailsAndCalls()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 20, Channel.Email, Outcome.Bounced)
            .Attempt("C1", 1, Channel.Phone, Outcome.Voicemail));

        Assert.Equal((NextAction.UpdateContactDetails, ChannelMix.Phone), (row.NextAction, row.Channel));
    }

    [Fact]
    public void Decide_NewCustomerWithWrongNumber_UpdatesContactDetailsAndEmails()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 30).Attempt("C1", 2, Channel.Phone, Outcome.WrongNumber));

        Assert.Equal((NextAction.UpdateContactDetails, ChannelMix.Email), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.NewCustomer | WorklistFlags.WrongNumber, row.Flags);
    }

    [Fact]
    public void Decide_MissingPhoneAfterSilentEmail_FollowsUpByEmailOnly()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", phone: null).Attempt("C1", 8, Channel.Email, Outcome.Sent));

        Assert.Equal((NextAction.Email, ChannelMix.Email), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.MissingPhone, row.Flags);
    }

    [Fact]
    public void Decide_NoWorkingChannel_Escalates()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", email: null).Attempt("C1", 2, Channel.Phone, Outcome.WrongNumber));

        Assert.Equal((NextAction.Escalate, ChannelMix.None), (row.NextAction, row.Channel));
        Assert.Equal(WorklistFlags.MissingEmail | WorklistFlags.WrongNumber, row.Flags);
    }

    [Fact]
    public void Decide_VeryOverdue_Escalates()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", daysOverdue: 60), new WorklistOptions { EscalateAfterDays = 60 });

        Assert.Equal((NextAction.Escalate, ChannelMix.Phone), (row.NextAction, row.Channel));
    }

    [Fact]
    public void Decide_BrokenPromiseNewCustomerAndVoicemail_BrokenPromiseWins()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 30)
            .Attempt("C1", 12, Channel.Email, Outcome.PromiseToPay, promisedInDays: -4)
            .Attempt("C1", 1, Channel.Phone, Outcome.Voicemail));

        Assert.Equal(NextAction.Call, row.NextAction);
        Assert.Equal(WorklistFlags.NewCustomer | WorklistFlags.BrokenPromise, row.Flags);
    }

    [Fact]
    public void Decide_VeryOverdueWithBrokenPromise_EscalationWins()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", daysOverdue: 120)
            .Attempt("C1", 12, Channel.Phone, Outcome.PromiseToPay, promisedInDays: -4));

        Assert.Equal(NextAction.Escalate, row.NextAction);
    }

    [Fact]
    public void Decide_NewCustomerAfterVoicemail_IntroductionCallWins()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 30).Attempt("C1", 1, Channel.Phone, Outcome.Voicemail));

        Assert.Equal(NextAction.IntroductionCall, row.NextAction);
    }

    [Fact]
    public void Decide_VoicemailAboutAnInvoicePaidSince_NotFollowedUp()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", daysOverdue: 10).PaidInvoice("C1", 100)
            .Attempt("C1", 95, Channel.Phone, Outcome.Voicemail));

        Assert.Equal((NextAction.Call, AsOf), (row.NextAction, row.DueBy));
        Assert.StartsWith("no contact yet", row.Reason);
    }

    [Fact]
    public void Decide_NewCustomerWhoPhonedUs_NeedsNoIntroductionCall()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1", onboardedDaysAgo: 30)
            .Attempt("C1", 2, Channel.Phone, Outcome.Reached, direction: Direction.Inbound));

        Assert.NotEqual(NextAction.IntroductionCall, row.NextAction);
    }

    [Theory]
    [InlineData("C1-I1", "invoice C1-I1 disputed on 2025-03-07: resolve the dispute first")]
    [InlineData(null, "the account disputed on 2025-03-07: resolve the dispute first")]
    public void Decide_Dispute_FlaggedAndNamedInTheReason(string? invoiceId, string said)
    {
        var row = RowOf(new HistoryBuilder().Customer("C1")
            .Attempt("C1", 3, Channel.Email, Outcome.Dispute, direction: Direction.Inbound, invoiceId: invoiceId));

        Assert.Equal(WorklistFlags.Disputed, row.Flags);
        Assert.EndsWith(said, row.Reason);
    }

    [Fact]
    public void Decide_DisputeAboutAPaidInvoice_NotFlagged()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").PaidInvoice("C1", 40)
            .Attempt("C1", 45, Channel.Email, Outcome.Dispute, direction: Direction.Inbound, invoiceId: "C1-I2"));

        Assert.False(row.Flags.HasFlag(WorklistFlags.Disputed));
    }

    [Fact]
    public void Decide_ConfidentAdvice_UsesTheModelsChannelEvenForAFollowUp()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 8, Channel.Email, Outcome.Sent), advice: Advice(ChannelMix.Email));

        Assert.Equal((NextAction.Email, ChannelMix.Email, ChannelSource.Model), (row.NextAction, row.Channel, row.ChannelSource));
    }

    [Fact]
    public void Decide_LowConfidenceAdvice_RulesChooseAndFlag()
    {
        var row = RowOf(new HistoryBuilder().Customer("C1"), advice: Advice(ChannelMix.Email, lowConfidence: true));

        Assert.Equal((ChannelMix.Phone, ChannelSource.Rules), (row.Channel, row.ChannelSource));
        Assert.Equal(WorklistFlags.LowConfidence, row.Flags);
        Assert.Contains("low-confidence", row.Reason);
    }

    [Theory]
    [InlineData(ChannelMix.Email)]
    [InlineData(ChannelMix.Both)]
    public void Decide_BouncedEmailWithAdviceForEmail_NeverRecommendsEmail(ChannelMix advised)
    {
        var row = RowOf(new HistoryBuilder().Customer("C1").Attempt("C1", 3, Channel.Email, Outcome.Bounced), advice: Advice(advised));

        Assert.Equal(ChannelMix.Phone, row.Channel);
        Assert.DoesNotContain(row.NextAction, new[] { NextAction.Email, NextAction.CallAndEmail, NextAction.ConfirmPromiseByEmail });
    }
}
