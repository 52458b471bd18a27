using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class CollectionEpisodeTests
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    private static ContactAttempt Attempt(string id, string? invoice, int day, Channel channel, Direction direction = Direction.Outbound) =>
        new(id, "C1", invoice, new DateTimeOffset(Jan1.AddDays(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), channel, direction);

    private static CollectionEpisode Single(IEnumerable<ContactAttempt> attempts, int? paidDay, int asOfDay, int window = 7)
    {
        var payments = paidDay is { } d ? new[] { new Payment("P1", "C1", "I1", Jan1.AddDays(d), 100m) } : [];
        var history = CollectionHistory.FromRecords([new Customer("C1")], [new Invoice("I1", "C1", Jan1, Jan1.AddDays(30), 100m)], payments, attempts);
        return Assert.Single(CollectionEpisode.BuildAll(history, Jan1.AddDays(asOfDay), window));
    }

    [Fact]
    public void BuildAll_FollowUpsAfterTheWindow_CountOnlyInTheLifetimeMix()
    {
        var episode = Single([Attempt("A1", "I1", 35, Channel.Phone), Attempt("A2", "I1", 42, Channel.Email)], paidDay: 60, asOfDay: 90);

        Assert.Equal((ChannelMix.Phone, ChannelMix.Both), (episode.EpisodeMix, episode.LifetimeMix));
        Assert.Equal(Jan1.AddDays(35), episode.StartedOn);
        Assert.Equal(25, episode.DaysToSettleFromStart);
        Assert.False(episode.PaidWithin(20));
        Assert.True(episode.PaidWithin(30));
    }

    [Fact]
    public void BuildAll_InboundAndSmsOnly_AreOtherOrIgnored()
    {
        var episode = Single([Attempt("A1", "I1", 35, Channel.Phone, Direction.Inbound), Attempt("A2", "I1", 36, Channel.Sms)], paidDay: null, asOfDay: 90);

        Assert.Equal((ChannelMix.Other, ChannelMix.Other), (episode.EpisodeMix, episode.LifetimeMix));
        Assert.Equal(Jan1.AddDays(36), episode.StartedOn);
    }

    [Fact]
    public void BuildAll_BalanceLevelAttempt_CountsOnlyWhileTheInvoiceIsOpen()
    {
        var episode = Single([Attempt("A1", null, 35, Channel.Email), Attempt("A2", null, 70, Channel.Phone)], paidDay: 50, asOfDay: 90);

        Assert.Equal((ChannelMix.Email, ChannelMix.Email), (episode.EpisodeMix, episode.LifetimeMix));
    }

    [Fact]
    public void BuildAll_ReminderAboutTheInvoiceAfterItWasPaid_IsNotCollectionEffort()
    {
        var episode = Single([Attempt("A1", "I1", 35, Channel.Phone), Attempt("A2", "I1", 52, Channel.Email)], paidDay: 50, asOfDay: 90);

        Assert.Equal((ChannelMix.Phone, ChannelMix.Phone), (episode.EpisodeMix, episode.LifetimeMix));
        Assert.Equal(15, episode.DaysToSettleFromStart);
    }

    [Fact]
    public void BuildAll_OnlyAReminderAfterPayment_HasNoEpisode()
    {
        var episode = Single([Attempt("A1", "I1", 52, Channel.Email)], paidDay: 50, asOfDay: 90);

        Assert.Equal((ChannelMix.None, null, 50), (episode.EpisodeMix, episode.StartedOn, episode.DaysToPay));
    }

    [Fact]
    public void PaidWithin_OpenBeforeHorizonEnds_IsUnknown_AfterwardsFalse()
    {
        var attempts = new[] { Attempt("A1", "I1", 35, Channel.Email) };

        Assert.Null(Single(attempts, paidDay: null, asOfDay: 50).PaidWithin(30));
        Assert.False(Single(attempts, paidDay: null, asOfDay: 70).PaidWithin(30));
        Assert.Equal(35, Single(attempts, paidDay: null, asOfDay: 70).ObservedDays);
    }

    [Fact]
    public void PaidWithin_PaidBeforeHorizonEnds_IsUnknownUntilItEnds()
    {
        // Counting a young episode's quick payment but not a young episode still open would favour recent episodes.
        var attempts = new[] { Attempt("A1", "I1", 35, Channel.Email) };

        Assert.Null(Single(attempts, paidDay: 40, asOfDay: 50).PaidWithin(30));
        Assert.True(Single(attempts, paidDay: 40, asOfDay: 65).PaidWithin(30));
    }

    [Fact]
    public void BuildAll_NoAttempts_IsNoneWithoutStart()
    {
        var episode = Single([], paidDay: 20, asOfDay: 90);

        Assert.Equal(ChannelMix.None, episode.LifetimeMix);
        Assert.Null(episode.StartedOn);
        Assert.Null(episode.PaidWithin(30));
    }

    [Fact]
    public void BuildAll_AttemptsAfterAsOf_AreIgnored()
    {
        var episode = Single([Attempt("A1", "I1", 35, Channel.Email), Attempt("A2", "I1", 38, Channel.Phone)], paidDay: null, asOfDay: 36);

        Assert.Equal(ChannelMix.Email, episode.EpisodeMix);
    }

    [Fact]
    public void BuildAll_ManyCustomers_KeepsCustomerThenIssueOrderAndEachInvoicesOwnEffort()
    {
        // Enough customers for several blocks built side by side; customer c has c % 3 + 1 invoices, issued newest first
        // in the file, and its last invoice was phoned on day 40 + c % 5.
        var customers = Enumerable.Range(0, 2_500).Select(c => new Customer($"C{c:D4}")).ToArray();
        var invoices = customers.SelectMany((customer, c) => Enumerable.Range(0, c % 3 + 1).Reverse()
            .Select(k => new Invoice($"I{c:D4}-{k}", customer.CustomerId, Jan1.AddDays(k), Jan1.AddDays(k + 30), 100m))).ToArray();
        var attempts = customers.Select((customer, c) => new ContactAttempt($"A{c:D4}", customer.CustomerId, $"I{c:D4}-{c % 3}",
            new DateTimeOffset(Jan1.AddDays(40 + c % 5).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), Channel.Phone)).ToArray();
        var history = CollectionHistory.FromRecords(customers, invoices, [], attempts);

        var episodes = CollectionEpisode.BuildAll(history, Jan1.AddDays(90));

        var expected = customers.SelectMany((_, c) => Enumerable.Range(0, c % 3 + 1).Select(k => $"I{c:D4}-{k}")).ToArray();
        Assert.Equal(expected, episodes.Select(e => e.Invoice.Invoice.InvoiceId));
        Assert.All(episodes, e =>
        {
            var c = int.Parse(e.Invoice.Invoice.InvoiceId[1..5], System.Globalization.CultureInfo.InvariantCulture);
            var phoned = e.Invoice.Invoice.InvoiceId.EndsWith($"-{c % 3}", StringComparison.Ordinal);
            Assert.Equal(phoned ? Jan1.AddDays(40 + c % 5) : null, e.StartedOn);
        });
    }
}
