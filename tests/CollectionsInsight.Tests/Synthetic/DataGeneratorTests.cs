using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Synthetic;

public class DataGeneratorTests
{
    private static readonly string[] Files = ["customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv", "ground_truth.csv"];

    public static TheoryData<GeneratorWorld> Worlds => new(Enum.GetValues<GeneratorWorld>());

    [Theory]
    [MemberData(nameof(Worlds))]
    public void WriteTo_SameSeed_WritesSameBytes(GeneratorWorld world)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var options = new GeneratorOptions { World = world, Customers = 60, Months = 6, Seed = 7 };

        DataGenerator.WriteTo(first.Path, options);
        DataGenerator.WriteTo(second.Path, options);

        foreach (var file in Files)
            Assert.Equal(File.ReadAllBytes(first.File(file)), File.ReadAllBytes(second.File(file)));
    }

    /// <summary>
    /// The individual world is the first generator's default world, kept byte for byte: the digests are those of the
    /// five files the generator wrote before there were worlds, with the same seed and knobs.
    /// </summary>
    [Theory]
    [InlineData(1.0, null, 1.0, "47834fa34f586c3c4ab54af9cc8e14608614cb2c484f6632bc2d3a29be3158ca")]
    [InlineData(0.5, 0.8, 2.0, "bcaa03ac53e0fef339ae066b8f8deef0c6e1e8ba935c983ecbabe0fed43ee7f0")]
    public void WriteTo_IndividualWorld_WritesWhatTheFirstGeneratorWrote(double effect, double? bySegment, double confounding, string sha256)
    {
        using var folder = new TempFolder();
        var options = new GeneratorOptions
        {
            World = GeneratorWorld.Individual, Customers = 60, Months = 6, Seed = 7,
            EffectStrength = effect, ResponsivenessBySegment = bySegment, Confounding = confounding,
        };

        DataGenerator.WriteTo(folder.Path, options);

        var bytes = new[] { "customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv", "ground_truth.csv" }
            .SelectMany(file => File.ReadAllBytes(folder.File(file))).ToArray();
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void WriteTo_EachFile_HasItsContractsHeader()
    {
        using var folder = new TempFolder();

        DataGenerator.WriteTo(folder.Path, new GeneratorOptions { Customers = 5, Months = 3, Seed = 7 });

        foreach (var contract in DataContract.Files.Append<FileContract>(GroundTruthFile.Columns))
            Assert.Equal(string.Join(',', contract.Header), File.ReadLines(folder.File(contract.FileName)).First());
    }

    [Fact]
    public void WriteTo_OtherSeed_WritesOtherData()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        DataGenerator.WriteTo(first.Path, new GeneratorOptions { Customers = 60, Months = 6, Seed = 7 });
        DataGenerator.WriteTo(second.Path, new GeneratorOptions { Customers = 60, Months = 6, Seed = 8 });

        Assert.NotEqual(File.ReadAllBytes(first.File("invoices.csv")), File.ReadAllBytes(second.File("invoices.csv")));
    }

    [Fact]
    public void WriteTo_Files_LoadCleanlyAndMatchTheInMemoryData()
    {
        using var folder = new TempFolder();
        var options = new GeneratorOptions { Customers = 80, Months = 9, Seed = 3 };

        var summary = DataGenerator.WriteTo(folder.Path, options);
        var history = CollectionHistory.Load(folder.Path, new LoadOptions { Strict = true, AsOf = options.End });
        var memory = DataGenerator.Generate(options);

        Assert.Equal(summary, new GenerationSummary(80, history.Invoices.Count, history.Payments.Count, history.ContactAttempts.Count));
        Assert.Equal(memory.Invoices.Count, history.Invoices.Count);
        Assert.Equal(memory.ContactAttempts.Count, history.ContactAttempts.Count);
        Assert.Equal(File.ReadLines(folder.File("ground_truth.csv")).Count() - 1, memory.GroundTruth.Count);
    }

    [Fact]
    public void Generate_CustomerData_DoesNotDependOnTheNumberOfCustomers()
    {
        var small = DataGenerator.Generate(new GeneratorOptions { Customers = 10, Months = 6 });
        var large = DataGenerator.Generate(new GeneratorOptions { Customers = 40, Months = 6 });

        Assert.Equal(small.Invoices, large.Invoices.Where(i => small.Customers.Any(c => c.CustomerId == i.CustomerId)));
    }

    [Theory]
    [InlineData(GeneratorWorld.Null, 1.0)]
    [InlineData(GeneratorWorld.Default, 0.0)]
    [InlineData(GeneratorWorld.Individual, 0.0)]
    public void Generate_NullScenario_TruthIsTheSameUnderEveryChannel(GeneratorWorld world, double effect)
    {
        var data = DataGenerator.Generate(new GeneratorOptions { World = world, Customers = 50, Months = 6, EffectStrength = effect });

        var noEmail = data.Customers.Where(c => c.Email is null).Select(c => c.CustomerId).ToHashSet();
        Assert.All(data.GroundTruth, t =>
        {
            Assert.Equal(t.PPaid.Phone, t.PPaid.Email, 12);
            Assert.Equal(t.PPaid.Phone, t.PPaid.Both, 12);
            Assert.Equal(noEmail.Contains(t.CustomerId) ? ChannelMix.Phone : ChannelMix.Email, t.BestChannel);
        });
    }

    [Fact]
    public void Generate_MissingContactDetails_TruthUsesOnlyTheChannelsLeft()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 400, Months = 3 });
        var customers = data.Customers.ToDictionary(c => c.CustomerId);

        var noPhone = data.GroundTruth.Where(t => customers[t.CustomerId].Phone is null).ToArray();
        var noEmail = data.GroundTruth.Where(t => customers[t.CustomerId].Email is null).ToArray();

        Assert.NotEmpty(noPhone);
        Assert.NotEmpty(noEmail);
        Assert.All(noPhone, t =>
        {
            Assert.Equal(ChannelMix.Email, t.BestChannel);
            Assert.Equal(t.PPaid.Email, t.PPaid.Phone, 12);
            Assert.Equal(t.PPaid.Email, t.PPaid.Both, 12);
        });
        Assert.All(noEmail, t =>
        {
            Assert.Equal(ChannelMix.Phone, t.BestChannel);
            Assert.Equal(t.PPaid.Phone, t.PPaid.Email, 12);
            Assert.Equal(t.PPaid.Phone, t.PPaid.Both, 12);
        });
    }

    [Fact]
    public void Generate_DefaultEffects_BestChannelVariesAcrossCustomers()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 400, Months = 3 });

        var shares = data.GroundTruth.GroupBy(t => t.BestChannel).ToDictionary(g => g.Key, g => (double)g.Count() / data.GroundTruth.Count);

        Assert.All([ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both], mix => Assert.InRange(shares.GetValueOrDefault(mix), 0.1, 0.7));
        Assert.All(data.GroundTruth, t => Assert.Equal(t.PPaid[t.BestChannel], Math.Max(t.PPaid.Phone, Math.Max(t.PPaid.Email, t.PPaid.Both)), 12));
    }

    [Fact]
    public void Generate_ResponsivenessBySegment_BestChannelFollowsTheSegment()
    {
        double PhoneShare(GeneratorOptions options, string segment)
        {
            var data = DataGenerator.Generate(options with { Customers = 1500, Months = 3, Seed = 4 });
            var ids = data.Customers.Where(c => c.Segment == segment).Select(c => c.CustomerId).ToHashSet();
            return data.GroundTruth.Where(t => ids.Contains(t.CustomerId)).Average(t => t.BestChannel == ChannelMix.Phone ? 1.0 : 0.0);
        }

        // In the individual world the segment explains none of it unless the knob says so.
        var own = new GeneratorOptions { World = GeneratorWorld.Individual };
        var bySegment = own with { ResponsivenessBySegment = 1 };

        // Owner-run SMBs answer the phone, enterprise AP desks their mailbox: with the segment explaining responsiveness,
        // phone is the best channel far more often for SMBs than for enterprises; without, the gap is much smaller.
        var gapBySegment = PhoneShare(bySegment, "SMB") - PhoneShare(bySegment, "Enterprise");
        var gapOwn = PhoneShare(own, "SMB") - PhoneShare(own, "Enterprise");
        Assert.True(gapBySegment > 0.4, $"by segment: {gapBySegment:0.000}");
        Assert.True(gapBySegment > gapOwn + 0.2, $"by segment {gapBySegment:0.000} vs own {gapOwn:0.000}");
    }

    /// <summary>
    /// The oracle test of the generator: among episodes whose channel was randomised (not confounded),
    /// the paid-within-30-days rate observed in the files' payments agrees with the mean true probability.
    /// </summary>
    [Theory]
    [InlineData(GeneratorWorld.Default)]
    [InlineData(GeneratorWorld.Individual)]
    [InlineData(GeneratorWorld.Decay)]
    public void Generate_RandomisedEpisodes_ObservedPaidRateMatchesTruth(GeneratorWorld world)
    {
        var options = new GeneratorOptions { World = world, Customers = 4000, Seed = 11, Exploration = 0.3 };
        var data = DataGenerator.Generate(options);
        var history = data.ToHistory();

        foreach (var mix in new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both })
        {
            var episodes = data.Episodes
                .Where(e => e.Randomised && e.Channel == mix && e.StartedOn.AddDays(options.HorizonDays) <= options.End)
                .ToArray();
            var observed = episodes.Average(e =>
                history.FindInvoice(e.InvoiceId)!.SettledOn is { } settled && settled.DayNumber - e.StartedOn.DayNumber <= options.HorizonDays ? 1.0 : 0.0);
            var expected = episodes.Average(e => e.PPaid[mix]);
            var standardError = Math.Sqrt(expected * (1 - expected) / episodes.Length);

            Assert.True(episodes.Length > 1000, $"{mix}: only {episodes.Length} randomised episodes");
            // Four standard errors, plus one point for the 1% of invoices paid as unapplied cash (they look unpaid).
            Assert.InRange(observed, expected - 4 * standardError - 0.01, expected + 4 * standardError);
        }
    }

    [Fact]
    public void Generate_ConfoundedPolicy_PhonesLateCustomersMoreThanReliableOnes()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 1500, Months = 6, Seed = 5 });

        // Unpaid-within-horizon episodes stand in for "chronically late": they get phoned more often.
        var confounded = data.Episodes.Where(e => !e.Randomised).ToArray();
        double PhoneShare(IEnumerable<EpisodeTruth> episodes) => episodes.Average(e => e.Channel == ChannelMix.Phone ? 1.0 : 0.0);

        Assert.True(PhoneShare(confounded.Where(e => !e.PaidWithinHorizon)) > PhoneShare(confounded.Where(e => e.PaidWithinHorizon)) + 0.05);
    }

    [Fact]
    public void Generate_InvalidOptions_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataGenerator.Generate(new GeneratorOptions { Customers = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataGenerator.Generate(new GeneratorOptions { EffectStrength = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataGenerator.Generate(new GeneratorOptions { ResponsivenessBySegment = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataGenerator.Generate(new GeneratorOptions { World = (GeneratorWorld)99 }));
    }
}
