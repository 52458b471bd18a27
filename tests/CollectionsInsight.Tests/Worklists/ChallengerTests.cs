using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Worklists;
using static CollectionsInsight.Tests.Worklists.HistoryBuilder;

namespace CollectionsInsight.Tests.Worklists;

/// <summary>The challenger share of a champion/challenger test: a seeded, per-customer draw of channels at random.</summary>
public class ChallengerTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 30_000).Select(i => $"C{i:D6}").ToArray();

    [Fact]
    public void Draw_ManyCustomers_ShareAndChannelsAsAsked()
    {
        var draws = Ids.Select(id => Challengers.Draw(id, seed: 7, share: 0.3)).OfType<ChannelMix>().ToArray();

        // Binomial counts within four standard deviations: a wrong share or a lopsided channel is far outside.
        AssertNear(draws.Length, Ids.Length, 0.3);
        foreach (var channel in new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both })
            AssertNear(draws.Count(d => d == channel), draws.Length, 1 / 3.0);
    }

    [Fact]
    public void Draw_SameSeed_SameDrawWhateverElseIsDrawn()
    {
        var forward = Ids.Select(id => Challengers.Draw(id, 7, 0.3)).ToArray();
        var backward = Ids.Reverse().Select(id => Challengers.Draw(id, 7, 0.3)).Reverse().ToArray();

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Draw_AnotherSeed_AnotherIndependentTest()
    {
        var first = Ids.Select(id => Challengers.Draw(id, 7, 0.3) is not null).ToArray();
        var second = Ids.Select(id => Challengers.Draw(id, 8, 0.3) is not null).ToArray();

        // Independent draws put a customer in both shares 0.3 × 0.3 of the time.
        AssertNear(first.Zip(second).Count(p => p.First && p.Second), Ids.Length, 0.09);
    }

    [Fact]
    public void Draw_LargerShare_KeepsTheSmallerSharesChallengers()
    {
        var small = Ids.Where(id => Challengers.Draw(id, 7, 0.1) is not null).ToArray();

        Assert.All(small, id => Assert.Equal(Challengers.Draw(id, 7, 0.1), Challengers.Draw(id, 7, 0.5)));
    }

    [Fact]
    public void Build_ShareOne_EveryCustomerWithBothChannelsWorkingIsAChallenger()
    {
        var history = new HistoryBuilder().Customer("C1").Customer("C2", email: null)
            .Customer("C3").Attempt("C3", 3, Channel.Phone, Outcome.WrongNumber).Build();

        var rows = Worklist.Build(history, AsOf, new WorklistOptions { ChallengerShare = 1 }).Rows.ToDictionary(r => r.CustomerId);

        Assert.Equal(ChannelSource.Challenger, rows["C1"].ChannelSource);
        Assert.Equal(Challengers.Draw("C1", 1, 1), rows["C1"].Channel);
        Assert.Contains("drawn at random for 100% of customers", rows["C1"].Reason);
        Assert.Equal(ChannelSource.Rules, rows["C2"].ChannelSource);
        Assert.Equal(ChannelSource.Rules, rows["C3"].ChannelSource);
    }

    [Fact]
    public void Build_EscalatedChallenger_ReasonNamesTheDraw()
    {
        var history = new HistoryBuilder().Customer("C1", daysOverdue: 120).Build();

        var row = Assert.Single(Worklist.Build(history, AsOf, new WorklistOptions { ChallengerShare = 1 }).Rows);

        Assert.Equal((NextAction.Escalate, ChannelSource.Challenger), (row.NextAction, row.ChannelSource));
        Assert.EndsWith("drawn at random for 100% of customers)", row.Reason);
    }

    [Fact]
    public void Build_ChallengerWithoutResponse_KeepsItsChannelForTheFollowUp()
    {
        var seed = Enumerable.Range(1, 100).First(s => Challengers.Draw("C1", s, 1) == ChannelMix.Email);
        var history = new HistoryBuilder().Customer("C1").Attempt("C1", 8, Channel.Email, Outcome.Sent).Build();

        var row = Assert.Single(Worklist.Build(history, AsOf, new WorklistOptions { ChallengerShare = 1, ChallengerSeed = seed }).Rows);

        Assert.Equal((NextAction.Email, ChannelMix.Email, ChannelSource.Challenger), (row.NextAction, row.Channel, row.ChannelSource));
    }

    [Fact]
    public void Build_Challengers_KeepTheChampionsPriorityAndRank()
    {
        var builder = new HistoryBuilder();
        for (var i = 0; i < 40; i++)
            builder.Customer($"C{i:D2}", daysOverdue: 5 + i, amount: 100m * (i + 1));
        var history = builder.Build();

        var champion = Worklist.Build(history, AsOf).Rows;
        var tested = Worklist.Build(history, AsOf, new WorklistOptions { ChallengerShare = 0.5 }).Rows;

        Assert.Contains(tested, r => r.ChannelSource == ChannelSource.Challenger && r.Channel != ChannelMix.Phone);
        Assert.Equal(champion.Select(r => (r.CustomerId, r.Priority)), tested.Select(r => (r.CustomerId, r.Priority)));
    }

    [Fact]
    public void Build_ShareOutsideZeroToOne_Refused()
    {
        var history = new HistoryBuilder().Customer("C1").Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Worklist.Build(history, AsOf, new WorklistOptions { ChallengerShare = 1.5 }));

        Assert.Contains("challenger share must be 0 to 1", error.Message);
    }

    private static void AssertNear(int count, int trials, double p)
    {
        var sd = Math.Sqrt(trials * p * (1 - p));
        Assert.InRange(count, trials * p - 4 * sd, trials * p + 4 * sd);
    }
}
