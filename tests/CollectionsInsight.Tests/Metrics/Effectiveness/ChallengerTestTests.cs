using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics.Effectiveness;

public class ChallengerTestTests
{
    private static readonly DateOnly Since = new(2025, 3, 1);
    private static readonly DateOnly AsOf = new(2025, 9, 30);

    [Fact]
    public void Compute_PlantedEffectByDrawnChannel_EachArmsShareAndWhoFollowedTheDraw()
    {
        // 900 customers with two invoices due in the test. By the channel drawn: phone pays both within 30 days of the due
        // date, email one of the two, both neither; customers not drawn pay both. Drawn customers had one attempt about
        // their first invoice, with the drawn channel except for those drawn phone, who were emailed.
        var design = new ChallengerTestDesign(0.6, 5, Since);
        var customers = Enumerable.Range(0, 900).Select(c => new Customer($"C{c:D3}")).ToArray();
        var drawn = customers.ToDictionary(c => c.CustomerId, c => Challengers.Draw(c.CustomerId, design.Seed, design.Share));
        var invoices = customers.SelectMany(c => new[] { 0, 1 }.Select(k =>
            new Invoice($"{c.CustomerId}-{k}", c.CustomerId, Since.AddDays(-30 + k), Since.AddDays(k), 100m))).ToArray();
        var payments = invoices.Select(i =>
        {
            var paidInTime = drawn[i.CustomerId] switch
            {
                ChannelMix.Phone or null => true,
                ChannelMix.Email => i.InvoiceId.EndsWith("-0", StringComparison.Ordinal),
                _ => false,
            };
            return new Payment("P" + i.InvoiceId, i.CustomerId, i.InvoiceId, i.DueOn.AddDays(paidInTime ? 10 : 60), 100m);
        }).ToArray();
        var attempts = customers.Where(c => drawn[c.CustomerId] is not null).SelectMany(c =>
        {
            var channels = drawn[c.CustomerId] switch
            {
                ChannelMix.Phone => new[] { Channel.Email },
                ChannelMix.Email => [Channel.Email],
                _ => [Channel.Phone, Channel.Email],
            };
            return channels.Select(channel => new ContactAttempt($"A{c.CustomerId}{channel}", c.CustomerId, $"{c.CustomerId}-0",
                new DateTimeOffset(Since.AddDays(2).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), channel));
        }).ToArray();
        var history = CollectionHistory.FromRecords(customers, invoices, payments, attempts);

        var test = ChannelEffectiveness.Compute(history, AsOf, new ChannelEffectivenessOptions { ChallengerTest = design }).ChallengerTest!;

        var arms = test.Arms.ToDictionary(a => a.Arm);
        int Count(ChannelMix? mix) => drawn.Values.Count(d => d == mix);
        Assert.Equal(
            ["phone", "email", "both", "champion", "challengers", "phone - email", "phone - both", "email - both", "champion - challengers"],
            test.Arms.Select(a => a.Arm));
        Assert.Equal((Count(ChannelMix.Phone), 2 * Count(ChannelMix.Phone), 1.0, 0.0), (arms["phone"].Customers, arms["phone"].Invoices, arms["phone"].PaidShare, arms["phone"].FollowedShare));
        Assert.Equal((Count(ChannelMix.Email), 0.5, 1.0), (arms["email"].Customers, arms["email"].PaidShare, arms["email"].FollowedShare));
        Assert.Equal((Count(ChannelMix.Both), 0.0, 1.0), (arms["both"].Customers, arms["both"].PaidShare, arms["both"].FollowedShare));
        Assert.Equal((Count(null), 1.0, (double?)null), (arms["champion"].Customers, arms["champion"].PaidShare, arms["champion"].FollowedShare));
        Assert.InRange(Count(null), 300, 420);
        // Every customer of an arm paid the same share, so the arms' intervals have no width.
        Assert.Equal((0.5, 0.5), (arms["email"].Lower, arms["email"].Upper));
        Assert.Equal(0.5, arms["phone - email"].PaidShare);
        Assert.Equal(1.0, arms["phone - both"].PaidShare);
        var pooled = (Count(ChannelMix.Phone) * 2 + Count(ChannelMix.Email)) / (2.0 * (900 - Count(null)));
        Assert.Equal(pooled, arms["challengers"].PaidShare!.Value, 12);
        Assert.Equal(1 - pooled, arms["champion - challengers"].PaidShare!.Value, 12);
    }

    [Fact]
    public void Compute_ShareAndInterval_ClusteredByCustomer()
    {
        // No one drawn (a share too small to draw any of three): all three customers are the champion arm. A pays 2 of 2,
        // B 0 of 1, C 1 of 3: share 3 / 6 = 0.5; residuals paid − 0.5 · invoices are 1, −0.5, −0.5, so the variance is
        // 3 / 2 · 1.5 / 6² = 0.0625 and the 95% interval 0.5 ± 1.96 · 0.25.
        var design = new ChallengerTestDesign(1e-12, 1, Since);
        var counts = new[] { ("A", 2, 2), ("B", 1, 0), ("C", 3, 1) };
        var invoices = counts.SelectMany(c => Enumerable.Range(0, c.Item2)
            .Select(k => new Invoice($"{c.Item1}{k}", c.Item1, Since.AddDays(-20), Since.AddDays(k), 100m))).ToArray();
        var payments = counts.SelectMany(c => Enumerable.Range(0, c.Item3)
            .Select(k => new Payment($"P{c.Item1}{k}", c.Item1, $"{c.Item1}{k}", Since.AddDays(k + 5), 100m))).ToArray();
        var history = CollectionHistory.FromRecords(counts.Select(c => new Customer(c.Item1)), invoices, payments, []);

        var champion = ChannelEffectiveness.Compute(history, AsOf, new ChannelEffectivenessOptions { ChallengerTest = design })
            .ChallengerTest!.Arms.Single(a => a.Arm == "champion");

        Assert.Equal((3, 6, 0.5), (champion.Customers, champion.Invoices, champion.PaidShare));
        Assert.Equal(0.5 - 1.959964 * 0.25, champion.Lower!.Value, 5);
        Assert.Equal(0.5 + 1.959964 * 0.25, champion.Upper!.Value, 5);
    }

    [Fact]
    public void Compute_InvoicesDueBeforeTheTestOrWithTheirHorizonNotOver_AreLeftOut()
    {
        var design = new ChallengerTestDesign(1e-12, 1, Since);
        Invoice Due(string id, DateOnly due) => new(id, "A", due.AddDays(-30), due, 100m);
        var invoices = new[]
        {
            Due("before", Since.AddDays(-1)), Due("first day", Since), Due("horizon ends on the as-of date", AsOf.AddDays(-30)),
            Due("horizon not over", AsOf.AddDays(-29)),
        };
        var history = CollectionHistory.FromRecords([new Customer("A")], invoices, [], []);

        var test = ChannelEffectiveness.Compute(history, AsOf, new ChannelEffectivenessOptions { ChallengerTest = design }).ChallengerTest!;

        var champion = test.Arms.Single(a => a.Arm == "champion");
        Assert.Equal((1, 2, 0.0), (champion.Customers, champion.Invoices, champion.PaidShare));
        // One customer gives no variance to estimate an interval from; an arm without invoices has no share.
        Assert.Equal(((double?)null, (double?)null), (champion.Lower, champion.Upper));
        Assert.Equal((0, (double?)null), (test.Arms.Single(a => a.Arm == "phone").Invoices, test.Arms.Single(a => a.Arm == "phone").PaidShare));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void Compute_ShareOutsideTheTestsRange_Throws(double share)
    {
        var history = CollectionHistory.FromRecords([new Customer("A")], [], [], []);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ChannelEffectiveness.Compute(history, AsOf, new ChannelEffectivenessOptions { ChallengerTest = new ChallengerTestDesign(share, 1, Since) }));
    }
}
