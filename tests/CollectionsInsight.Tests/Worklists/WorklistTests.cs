using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Synthetic;
using CollectionsInsight.Worklists;
using Xunit.Abstractions;
using static CollectionsInsight.Tests.Worklists.HistoryBuilder;

namespace CollectionsInsight.Tests.Worklists;

public class WorklistTests(ITestOutputHelper output)
{
    [Fact]
    public void Build_NothingOverdue_NoRows()
    {
        var history = new HistoryBuilder().Customer("C1", daysOverdue: -5).Customer("C2").PaidInvoice("C2", 3).Build();

        Assert.Equal(["C2"], Worklist.Build(history, AsOf).Rows.Select(r => r.CustomerId));
    }

    [Fact]
    public void Build_DueWithinDays_ListsInvoicesFallingDueSoon()
    {
        var history = new HistoryBuilder().Customer("C1", daysOverdue: -5).Build();

        var row = Assert.Single(Worklist.Build(history, AsOf, new WorklistOptions { DueWithinDays = 7 }).Rows);

        Assert.Equal((1000m, 0m, 0), (row.OpenAmount, row.OverdueAmount, row.OldestDaysOverdue));
    }

    [Fact]
    public void Build_Amounts_SumOpenAndOverdueInvoices()
    {
        var history = new HistoryBuilder().Customer("C1", daysOverdue: 20, amount: 300m).Invoice("C1", 5, 200m).Invoice("C1", -3, 50m).Build();

        var row = Assert.Single(Worklist.Build(history, AsOf, new WorklistOptions { DueWithinDays = 7 }).Rows);

        Assert.Equal((550m, 500m, 20), (row.OpenAmount, row.OverdueAmount, row.OldestDaysOverdue));
        Assert.Equal(["C1-I1", "C1-I2", "C1-I3"], row.OpenInvoiceIds);
    }

    [Fact]
    public void Build_WithoutAdvice_RanksByOverdueAmountWeightedByAgePerMinute()
    {
        var history = new HistoryBuilder().Customer("SMALL", daysOverdue: 10, amount: 100m)
            .Customer("OLD", daysOverdue: 60, amount: 1000m).Customer("BIG", daysOverdue: 10, amount: 2000m).Build();

        var rows = Worklist.Build(history, AsOf).Rows;

        Assert.Equal(["OLD", "BIG", "SMALL"], rows.Select(r => r.CustomerId));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Rank));
        Assert.Equal(1000 * (1 + 60 / 30.0) / 10, rows[0].Priority, 4);
    }

    [Fact]
    public void Build_WithAdvice_RanksByTheSameDebtWeightedByAge()
    {
        var history = new HistoryBuilder().Customer("SMALL", daysOverdue: 10, amount: 100m)
            .Customer("OLD", daysOverdue: 60, amount: 1000m).Customer("BIG", daysOverdue: 10, amount: 2000m).Build();
        // The advice says which channel, not whom first: with the same channel for all, the order is the rules' own.
        var advice = new[] { "SMALL", "OLD", "BIG" }.ToDictionary(id => id, id => new ChannelAdvice(id, ChannelMix.Phone, new(0.5, 0.4, 0.45), false));

        var rows = Worklist.Build(history, AsOf, advice: advice).Rows;

        Assert.Equal(["OLD", "BIG", "SMALL"], rows.Select(r => r.CustomerId));
        Assert.Equal(1000 * (1 + 60 / 30.0) / 10, rows[0].Priority, 4);
    }

    [Fact]
    public void Build_Capacity_AssignsRowsToDaysInPriorityOrderAndLeavesTheRestUnassigned()
    {
        var history = new HistoryBuilder()
            .Customer("A", amount: 5000m).Customer("B", amount: 4000m).Customer("C", amount: 3000m)
            .Customer("D", amount: 2000m).Customer("E", amount: 1000m)
            .Customer("LATER", amount: 9000m).Attempt("LATER", 1, Channel.Phone, Outcome.Reached)
            .Build();
        var options = new WorklistOptions { Collectors = 2, MinutesPerDay = 10, PlanDays = 2 };

        var worklist = Worklist.Build(history, AsOf, options);

        var assigned = worklist.Rows.ToDictionary(r => r.CustomerId, r => r.AssignedOn);
        Assert.Equal([AsOf, Day(1)], worklist.PlanDays);
        Assert.Equal(AsOf, assigned["A"]);
        Assert.Equal(AsOf, assigned["B"]);
        Assert.Equal(Day(1), assigned["C"]);
        Assert.Equal(Day(1), assigned["D"]);
        Assert.Null(assigned["E"]);
        Assert.Null(assigned["LATER"]);
        Assert.Equal((1, 1), (worklist.BeyondCapacity, worklist.DueAfterPlan));
    }

    [Fact]
    public void Build_PlanDays_SkipTheWeekend()
    {
        var history = new HistoryBuilder().Customer("C1").Build();

        var worklist = Worklist.Build(history, Day(4), new WorklistOptions { PlanDays = 2 });

        Assert.Equal([Day(4), Day(7)], worklist.PlanDays);
    }

    [Fact]
    public void Build_InvalidOptions_Throw()
    {
        var history = new HistoryBuilder().Customer("C1").Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => Worklist.Build(history, AsOf, new WorklistOptions { Collectors = 0 }));
    }

    [Fact]
    public void WriteCsv_PhoneAndFlags_DocumentedColumnsAndGuardedText()
    {
        using var folder = new TempFolder();
        var history = new HistoryBuilder().Customer("C1", phone: "+31 20 555 0101", email: null).Build();

        Worklist.Build(history, AsOf).WriteCsv(folder.File("worklist.csv"));

        var lines = File.ReadAllLines(folder.File("worklist.csv"));
        Assert.Equal(string.Join(',', Worklist.Columns), lines[0]);
        Assert.StartsWith("1,C1,C1 Ltd,Anna Berg,'+31 20 555 0101,,1000,1000,10,C1-I1,phone,rules,call,2025-03-10,", lines[1]);
        Assert.EndsWith(",missing_email,133.3333,10,2025-03-10,0,0", lines[1]);
    }

    // About a hundred rows with working contact data: the default world's book has half as many overdue customers per
    // hundred as the first generator's, for which 200 customers were enough.
    private static readonly GeneratorOptions Generated = new() { Customers = 400, Months = 12, Seed = 11 };

    [Fact]
    public void Build_GeneratedDataFromCsv_SameBytesTwiceAndNoBrokenChannelRecommended()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        DataGenerator.WriteTo(data.Path, Generated);
        var history = CollectionHistory.Load(data.Path, new LoadOptions { Strict = true, AsOf = Generated.End });

        var worklist = Worklist.Build(history, Generated.End);
        worklist.WriteCsv(output.File("first.csv"));
        Worklist.Build(history, Generated.End).WriteCsv(output.File("second.csv"));

        Assert.NotEmpty(worklist.Rows);
        Assert.Equal(Enumerable.Range(1, worklist.Rows.Count), worklist.Rows.Select(r => r.Rank));
        Assert.Equal(File.ReadAllBytes(output.File("first.csv")), File.ReadAllBytes(output.File("second.csv")));
        Assert.Equal(worklist.Rows.Count + 1, File.ReadAllLines(output.File("first.csv")).Length);
        Assert.All(worklist.Rows.Where(r => (r.Flags & (WorklistFlags.BouncedEmail | WorklistFlags.MissingEmail)) != 0),
            r => Assert.DoesNotContain(r.Channel, new[] { ChannelMix.Email, ChannelMix.Both }));
        Assert.All(worklist.Rows.Where(r => (r.Flags & (WorklistFlags.WrongNumber | WorklistFlags.MissingPhone)) != 0),
            r => Assert.DoesNotContain(r.Channel, new[] { ChannelMix.Phone, ChannelMix.Both }));
        Assert.Contains(worklist.Rows, r => r.Flags.HasFlag(WorklistFlags.BouncedEmail));
    }

    /// <summary>
    /// The ground truth stands in for a perfect model. Where contact data works, the rules must not undo its
    /// advice: the mean true P(paid) of the worklist's channels is at least the advice's, less 0.01, and it departs
    /// from the advice only for the practice steps that name their own channel (a call after a broken promise,
    /// an introduction call). Confirming a promise by email keeps the advised channel.
    /// </summary>
    [Fact]
    public void Build_GroundTruthAsAdvice_WorklistChannelsAtLeastAsGoodAsTheAdvice()
    {
        var data = DataGenerator.Generate(Generated);
        var truth = data.GroundTruth.ToDictionary(t => t.CustomerId);
        var advice = data.GroundTruth.ToDictionary(t => t.CustomerId, t => new ChannelAdvice(t.CustomerId, t.BestChannel, t.PPaid, false));
        const WorklistFlags brokenData = WorklistFlags.MissingPhone | WorklistFlags.MissingEmail | WorklistFlags.BouncedEmail | WorklistFlags.WrongNumber;

        var rows = Worklist.Build(data.ToHistory(), Generated.End, advice: advice).Rows.Where(r => r.Channel != ChannelMix.None).ToArray();
        var working = rows.Where(r => (r.Flags & brokenData) == 0).ToArray();
        var broken = rows.Where(r => (r.Flags & brokenData) != 0).ToArray();
        double Mean(IEnumerable<WorklistRow> subset, Func<WorklistRow, ChannelMix> channel) =>
            subset.Select(r => truth[r.CustomerId].PPaid[channel(r)]).DefaultIfEmpty(double.NaN).Average();
        var worklistWorking = Mean(working, r => r.Channel);
        var adviceWorking = Mean(working, r => truth[r.CustomerId].BestChannel);
        output.WriteLine($"working contact data: {working.Length} rows, mean true P(paid) worklist {worklistWorking:0.0000} vs advice {adviceWorking:0.0000}; " +
            $"followed advice in {working.Count(r => r.Channel == truth[r.CustomerId].BestChannel)}");
        output.WriteLine($"broken contact data: {broken.Length} rows, worklist {Mean(broken, r => r.Channel):0.0000} vs advice {Mean(broken, r => truth[r.CustomerId].BestChannel):0.0000}");

        Assert.True(working.Length >= 20, $"only {working.Length} rows with working contact data");
        Assert.All(working.Where(r => r.Channel != truth[r.CustomerId].BestChannel),
            r => Assert.Contains(r.NextAction, new[] { NextAction.Call, NextAction.IntroductionCall }));
        Assert.True(worklistWorking >= adviceWorking - 0.01, $"worklist {worklistWorking:0.0000} < advice {adviceWorking:0.0000}");
    }
}
