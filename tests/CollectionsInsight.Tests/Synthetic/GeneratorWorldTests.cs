using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Synthetic;

/// <summary>What each generated world promises (docs/worlds.md), measured on its ground truth and its files.</summary>
public class GeneratorWorldTests
{
    private static readonly ChannelMix[] Choices = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    public static TheoryData<GeneratorWorld> WorldsWithEffects =>
        new(Enum.GetValues<GeneratorWorld>().Where(w => w != GeneratorWorld.Null));

    private static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate) => items.Average(i => predicate(i) ? 1.0 : 0.0);

    [Theory]
    [MemberData(nameof(WorldsWithEffects))]
    public void Generate_WorldWithEffects_OracleBeatsEverySingleChannelAndBestChannelsDiffer(GeneratorWorld world)
    {
        var truth = DataGenerator.Generate(new GeneratorOptions { World = world, Customers = 1000, Seed = 1 }).GroundTruth;

        var oracle = truth.Average(t => t.PPaid[t.BestChannel]);
        var bestSingle = Choices.Max(mix => truth.Average(t => t.PPaid[mix]));
        var secondCommonestBest = Choices.Select(mix => Share(truth, t => t.BestChannel == mix)).Order().ElementAt(1);

        Assert.True(oracle > bestSingle + 0.03, $"oracle {oracle:0.000}, best single channel {bestSingle:0.000}");
        Assert.True(secondCommonestBest > 0.2, $"the second commonest best channel is best for {secondCommonestBest:P0}");
    }

    [Theory]
    [MemberData(nameof(DataGeneratorTests.Worlds), MemberType = typeof(DataGeneratorTests))]
    public void Generate_AnyWorld_TrueProbabilitiesAreSpreadNotPiledAtZeroOrOne(GeneratorWorld world)
    {
        var truth = DataGenerator.Generate(new GeneratorOptions { World = world, Customers = 1000, Seed = 1 }).GroundTruth;

        var p = truth.SelectMany(t => Choices.Select(mix => t.PPaid[mix])).ToArray();
        var mean = p.Average();
        var spread = Math.Sqrt(p.Average(x => (x - mean) * (x - mean)));

        Assert.InRange(mean, 0.4, 0.8);
        Assert.InRange(spread, 0.15, 0.3);
        Assert.True(Share(p, x => x is < 0.02 or > 0.98) < 0.1);
    }

    [Fact]
    public void Generate_IntroWorld_NewCustomersBestChannelIsPhoneFarMoreOften()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { World = GeneratorWorld.Intro, Customers = 1500, Seed = 1 });
        var onboarded = data.Customers.ToDictionary(c => c.CustomerId, c => c.OnboardedOn!.Value);
        bool IsNew(GroundTruth t) => data.Options.End.DayNumber - onboarded[t.CustomerId].DayNumber < 90;

        var newCustomers = data.GroundTruth.Where(IsNew).ToArray();
        var established = data.GroundTruth.Where(t => !IsNew(t)).ToArray();
        var phoneNew = Share(newCustomers, t => t.BestChannel == ChannelMix.Phone);
        var phoneEstablished = Share(established, t => t.BestChannel == ChannelMix.Phone);

        Assert.True(newCustomers.Length > 75, $"only {newCustomers.Length} customers are new at the end date");
        Assert.True(phoneNew > 0.7 && phoneNew > phoneEstablished + 0.4, $"phone is best for {phoneNew:P0} of new and {phoneEstablished:P0} of established customers");
        Assert.True(Share(established, t => t.BestChannel == ChannelMix.Email) > 0.5);
    }

    [Fact]
    public void Generate_DecayWorld_BouncesAndWrongNumbersGrowAndStayWrong()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { World = GeneratorWorld.Decay, Customers = 300, Seed = 1 });
        var outbound = data.ContactAttempts.Where(a => a.IsOutbound).ToArray();
        static bool Failed(ContactAttempt a) => a.Outcome is Outcome.Bounced or Outcome.WrongNumber;
        var firstMonths = outbound.Where(a => a.OccurredOn < data.Options.Start.AddMonths(3)).ToArray();
        var lastMonths = outbound.Where(a => a.OccurredOn > data.Options.End.AddMonths(-3)).ToArray();

        Assert.True(Share(lastMonths, Failed) > Share(firstMonths, Failed) + 0.15,
            $"first three months {Share(firstMonths, Failed):P1}, last three {Share(lastMonths, Failed):P1}");
        // Never repaired: after a customer's first wrong number every call fails, after its first bounce every email.
        foreach (var channel in outbound.GroupBy(a => (a.CustomerId, a.Channel)))
        {
            var attempts = channel.OrderBy(a => a.OccurredAt).ToArray();
            var first = Array.FindIndex(attempts, Failed);
            if (first >= 0) Assert.All(attempts[first..], a => Assert.True(Failed(a), $"{a.AttemptId} after a failed {a.Channel} attempt"));
        }
    }

    [Fact]
    public void Generate_PressureWorld_BothIsBestForSmbsAndWorstForLargePayablesDesks()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { World = GeneratorWorld.Pressure, Customers = 600, Seed = 1 });
        var segment = data.Customers.ToDictionary(c => c.CustomerId, c => c.Segment);
        var smb = data.GroundTruth.Where(t => segment[t.CustomerId] == "SMB").ToArray();
        var large = data.GroundTruth.Where(t => segment[t.CustomerId] is "Enterprise" or "Public").ToArray();
        static bool BothWorst(GroundTruth t) => t.PPaid.Both < Math.Min(t.PPaid.Phone, t.PPaid.Email);
        static double OverBetterSingle(GroundTruth t) => t.PPaid.Both - Math.Max(t.PPaid.Phone, t.PPaid.Email);

        Assert.True(Share(smb, t => t.BestChannel == ChannelMix.Both) > 0.6);
        Assert.True(Share(large, BothWorst) > 0.4);
        Assert.True(Share(smb, BothWorst) < 0.15 && Share(large, t => t.BestChannel == ChannelMix.Both) < 0.15);
        Assert.True(smb.Average(OverBetterSingle) > 0.1 && large.Average(OverBetterSingle) < -0.1,
            $"both over the better single channel: SMB {smb.Average(OverBetterSingle):+0.000}, large desks {large.Average(OverBetterSingle):+0.000}");
    }

    /// <summary>
    /// The default world's book looks real to a credit manager: DSO of 35 to 75 days, 20–50% of invoices paid late,
    /// a median of paid invoices' days beyond terms of 0 to 15, and 30-day terms the most common.
    /// </summary>
    [Fact]
    public void Generate_DefaultWorld_BookHasARealisticDsoLatenessAndTerms()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 300, Seed = 42 });
        var result = ChannelEffectiveness.Compute(data.ToHistory(), data.Options.End,
            new ChannelEffectivenessOptions { Bootstrap = new BootstrapOptions { Resamples = 200 } });

        var paid = result.Invoices.Where(e => !e.IsOpen).ToArray();
        var dso = result.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).ToArray();
        var commonestTerms = data.Customers.GroupBy(c => c.PaymentTermsDays).MaxBy(g => g.Count())!.Key;

        Assert.All(dso.Skip(3), d => Assert.InRange(d.Dso.Days ?? double.NaN, 35, 75));
        Assert.InRange(Share(paid, e => e.DaysBeyondTerms > 0), 0.2, 0.5);
        Assert.InRange(DescriptiveStatistics.Median(paid.Select(e => (double)e.DaysBeyondTerms!.Value).ToArray()), 0, 15);
        Assert.Equal(30, commonestTerms);
    }
}
