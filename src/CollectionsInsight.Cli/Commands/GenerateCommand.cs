using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Synthetic;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>generate</c>: a synthetic history with known ground truth, in the data contract's files.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new GeneratorOptions();
        var output = CommonOptions.Out("Folder to write customers.csv, invoices.csv, payments.csv, contact_attempts.csv and ground_truth.csv into");
        var customers = new Option<int>("--customers") { Description = "Number of customers", DefaultValueFactory = _ => defaults.Customers }.Within(1, 10_000_000);
        var months = new Option<int>("--months") { Description = "Months of history", DefaultValueFactory = _ => defaults.Months }.Within(1, 240);
        var start = CommonOptions.Date("--start", $"First day of the history (default {defaults.Start:yyyy-MM-dd})");
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files", DefaultValueFactory = _ => defaults.Seed };
        var world = OptionChecks.Word("--world",
            $"What drives the customers' true response to the channels: {Words.List<GeneratorWorld>()} (see docs/worlds.md); the options below apply on top",
            defaults.World);
        var confounding = new Option<double>("--confounding")
        {
            Description = "How strongly collectors pick channels from what they see (0 = at random, 1 = default)",
            DefaultValueFactory = _ => defaults.Confounding,
        }.Within(0.0, 10.0);
        var effect = new Option<double>("--effect")
        {
            Description = "Scales the world's channel effects (1 = as they are, 0 = the null scenario: no channel effect)",
            DefaultValueFactory = _ => defaults.EffectStrength,
        }.Within(0.0, 10.0);
        var bySegment = new Option<double?>("--by-segment")
        {
            Description = "How much of the customers' responsiveness to phone and email their segment explains (0 = none, 1 = all; default: the world's share)",
        }.Within(0.0, 1.0, "responsiveness by segment");
        var command = new Command("generate", "Generate a synthetic collection history with known ground truth (ground_truth.csv)")
        {
            output, customers, months, start, seed, world, confounding, effect, bySegment,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var options = defaults with
            {
                World = parse.GetValue(world) ?? world.Default,
                Customers = parse.GetValue(customers),
                Months = parse.GetValue(months),
                Start = parse.GetValue(start) ?? defaults.Start,
                Seed = parse.GetValue(seed),
                Confounding = parse.GetValue(confounding),
                EffectStrength = parse.GetValue(effect),
                ResponsivenessBySegment = parse.GetValue(bySegment),
            };
            var folder = parse.GetRequiredValue(output);
            var summary = context.WithProgress("generating", report =>
                DataGenerator.WriteTo(folder, options, new CustomerProgress(options.Customers, report)));
            context.Console.WriteLine(
                $"Wrote {Plural.Count(summary.Customers, "customer")}, {Plural.Count(summary.Invoices, "invoice")}, {Plural.Count(summary.Payments, "payment")} and " +
                $"{Plural.Count(summary.ContactAttempts, "contact attempt")} ({options.World.ToWord()} world, {options.Start:yyyy-MM-dd} to {options.End:yyyy-MM-dd}) to {folder}");
            var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
            if (options.End > today)
                context.Console.WriteLine($"Note: the history runs on after today ({today:yyyy-MM-dd}), and the other commands take dates after today for "
                    + $"outliers and set them aside. For a history that ends by today, give --start {new DateOnly(today.Year, today.Month, 1).AddMonths(-options.Months):yyyy-MM-dd} or earlier.");
            return CliApp.Success;
        }));
        return command;
    }

    private sealed class CustomerProgress(int total, Action<string, double> report) : IProgress<int>
    {
        public void Report(int value) => report("generating customers", 100.0 * value / total);
    }
}
