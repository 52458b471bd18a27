using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Worklists;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>worklist</c>: the collectors' worklist (channel, next action, priority, assigned day) as worklist.csv.</summary>
internal static class WorklistCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new WorklistOptions();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Date the worklist is for (default: the latest date in the data)");
        var collectors = new Option<int>("--collectors") { Description = "Collectors working the list", DefaultValueFactory = _ => defaults.Collectors }.Within(1, 10_000);
        var minutes = new Option<int>("--minutes-per-day")
        {
            Description = "Minutes each collector spends on the list per working day",
            DefaultValueFactory = _ => defaults.MinutesPerDay,
        }.Within(1, 1440);
        var challenger = new ChallengerOptions("Share of customers (0 to 1) whose channel is drawn at random, to test which channel works (default 0: none)");
        var model = ModelOptions.ExistingModel("Model file written by train: its confident advice chooses the channel (default: the contact rules alone)", required: false);
        var output = CommonOptions.Out("worklist.csv file to write (columns: docs/worklist-format.md)", folder: false);
        var mapping = CommonOptions.Mapping();
        var command = new Command("worklist", "Write the collectors' worklist: recommended channel, next action, priority and assigned day per customer")
        {
            data, asOf, model, collectors, minutes, output, mapping,
        };
        challenger.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), asOf: parse.GetValue(asOf));
            var date = CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf));
            var options = defaults with
            {
                Collectors = parse.GetValue(collectors),
                MinutesPerDay = parse.GetValue(minutes),
                ChallengerShare = parse.GetValue(challenger.Share),
                ChallengerSeed = parse.GetValue(challenger.Seed),
            };
            var advice = parse.GetValue(model) is { } file ? Advice(context, ChannelModel.Load(file), history, date) : null;
            var worklist = Worklist.Build(history, date, options, advice);
            var path = parse.GetRequiredValue(output);
            worklist.WriteCsv(path);
            Print(context.Console, worklist);
            context.Console.WriteLine($"Wrote {path}");
            return CliApp.Success;
        }));
        return command;
    }

    private static IReadOnlyDictionary<string, ChannelAdvice>? Advice(CliContext context, ChannelModel model, CollectionHistory history, DateOnly date)
    {
        if (model.Card.GainConfirmed)
            return ReportBundle.Recommend(model, history, date, allCustomers: false, context).ToAdvice();
        var gain = model.Card.GainOverCurrentPractice;
        context.Console.WriteLine($"The model's gain over current practice is not confirmed on the episodes it was not trained on "
            + $"({gain.Value * 100:+0.0;-0.0} points, 95% interval {gain.Low * 100:+0.0;-0.0} to {gain.High * 100:+0.0;-0.0}): the contact rules choose every channel.");
        return null;
    }

    private static void Print(IAnsiConsole console, Worklist worklist)
    {
        var rows = worklist.Rows;
        var table = new Table().Title($"Worklist as of {worklist.AsOf:yyyy-MM-dd}").AddColumns("", "rows");
        table.AddRow("customers on the list", $"{rows.Count:N0}");
        table.AddRow($"assigned today ({worklist.AsOf:yyyy-MM-dd})", $"{rows.Count(r => r.AssignedOn == worklist.AsOf):N0}");
        table.AddRow($"assigned in the plan ({worklist.PlanDays[0]:yyyy-MM-dd} to {worklist.PlanDays[^1]:yyyy-MM-dd})", $"{rows.Count(r => r.AssignedOn is not null):N0}");
        table.AddRow("not assigned: beyond capacity", $"{worklist.BeyondCapacity:N0}");
        table.AddRow("not assigned: due after the plan", $"{worklist.DueAfterPlan:N0}");
        if (worklist.Options.ChallengerShare > 0)
            table.AddRow("challengers: channel drawn at random", $"{rows.Count(r => r.ChannelSource == ChannelSource.Challenger):N0}");
        foreach (var action in Enum.GetValues<NextAction>())
            table.AddRow($"next action {action.ToWord()}", $"{rows.Count(r => r.NextAction == action):N0}");
        foreach (var flag in Enum.GetValues<WorklistFlags>().Where(f => f != WorklistFlags.None))
            table.AddRow($"flag {flag.ToWords()}", $"{rows.Count(r => r.Flags.HasFlag(flag)):N0}");
        console.Write(table);
    }
}
