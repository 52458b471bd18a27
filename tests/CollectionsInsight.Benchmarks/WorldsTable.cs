using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// <c>worlds [CUSTOMERS] [SEED]</c>: per generated world (default 2,500 customers, 18 months, seed 1), what the true
/// channel effects are worth: the mean true probability of payment within 30 days under the oracle (each customer's
/// best reachable channel) and under always phone, always email and always both; the oracle's gain over the best of
/// those; the share of customers whose best channel is each; the spread of the true probabilities; and the book a
/// credit manager would see (DSO of the last quarter, share of paid invoices paid late, median days beyond terms).
/// <c>worlds --data DIR</c> prints the same for a folder with its <c>ground_truth.csv</c> from any generator.
/// </summary>
internal static class WorldsTable
{
    private static readonly ChannelMix[] Choices = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    private const string Header =
        "world       oracle  phone  email   both    gain  best_phone best_email best_both  p10   p50   p90    dso  paid_late median_dbt";

    public static int Run(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        if (args is ["--data", var folder])
            return OfFolder(folder);
        var customers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2500;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        Console.WriteLine($"worlds customers={customers} months=18 seed={seed}");
        Console.WriteLine(Header);
        foreach (var world in Enum.GetValues<GeneratorWorld>())
        {
            var data = DataGenerator.Generate(new GeneratorOptions { World = world, Customers = customers, Seed = seed });
            Console.WriteLine(Row(world.ToWord(), data.GroundTruth, data.ToHistory(), data.Options.End));
        }
        return 0;
    }

    private static int OfFolder(string folder)
    {
        if (GeneratedFolder.Load(folder, "worlds") is not { } data) return 1;
        Console.WriteLine(Header);
        Console.WriteLine(Row(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), data.Truth, data.History, data.History.LatestDate!.Value));
        return 0;
    }

    private static string Row(string name, IReadOnlyList<GroundTruth> truth, CollectionHistory history, DateOnly end)
    {
        var oracle = truth.Average(t => t.PPaid[t.BestChannel]);
        var always = Choices.Select(mix => truth.Average(t => t.PPaid[mix])).ToArray();
        var best = Choices.Select(mix => truth.Average(t => t.BestChannel == mix ? 1.0 : 0.0)).ToArray();
        var p = truth.SelectMany(t => Choices.Select(mix => t.PPaid[mix])).ToArray();
        var book = ChannelEffectiveness.Compute(history, end,
            new ChannelEffectivenessOptions { Bootstrap = new BootstrapOptions { Resamples = 200 } });
        var paid = book.Invoices.Where(e => !e.IsOpen).ToArray();
        var dso = book.Dso.Last(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).Dso.Days;
        return $"{name,-10} {oracle,7:0.000} {always[0],6:0.000} {always[1],6:0.000} {always[2],6:0.000} {oracle - always.Max(),7:+0.000} " +
            $"{best[0],10:0.000} {best[1],10:0.000} {best[2],9:0.000} " +
            $"{DescriptiveStatistics.Quantile(p, 0.1),5:0.00} {DescriptiveStatistics.Quantile(p, 0.5),5:0.00} {DescriptiveStatistics.Quantile(p, 0.9),5:0.00} " +
            $"{dso,6:0.0} {paid.Average(e => e.DaysBeyondTerms > 0 ? 1.0 : 0.0),10:0.000} " +
            $"{DescriptiveStatistics.Median(paid.Select(e => (double)e.DaysBeyondTerms!.Value).ToArray()),10:0}";
    }
}
