using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// <c>recommender groups</c>: where the model's regret comes from, and whether any learner could have avoided it.
/// Customers fall into groups by segment and tenure (new: onboarded less than 90 days before). Per group it prints the
/// true probability of payment under each channel, averaged over the training episodes, beside what the realised
/// outcomes say: the inverse-propensity-weighted (Hájek) mean of each channel's episodes, with its standard error,
/// which is what any learner, of whatever form, sees of that group. Where the data's best channel is not the truth's
/// by more than their noise, the history itself points the wrong way at that size, and only more (or more randomised)
/// history can fix it. The last columns give each group's share of the model's regret at the end date.
/// </summary>
internal static class RegretByGroup
{
    private const int NewCustomerDays = 90;

    public static void Run(GeneratorWorld world, int seed, int episodes, double exploration)
    {
        var data = DataGenerator.Generate(new GeneratorOptions
        {
            World = world, Customers = RecommenderEvaluation.CustomersFor(world, seed, episodes), Seed = seed, Exploration = exploration,
        });
        var history = data.ToHistory();
        var options = new RecommenderOptions { Decision = new ChannelDecision { CostWeight = 0 }, Training = new() { Seed = seed } };
        var end = history.LatestDate!.Value;
        var set = TrainingSet.Build(history, end.AddDays(1), options.WindowDays, options.HorizonDays,
            new FeatureBuilder(FeatureSchema.For(history, options.TeamTimeZone)));
        var training = options.Training;
        var propensities = new CausalFitter(training.TreeSettings, training.LinearSettings, training.PropensityClip)
            .FitPropensity(set).Predict(set.X);
        var customers = data.Customers.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        var truthOf = data.Episodes.ToDictionary(e => e.InvoiceId, StringComparer.Ordinal);
        string Group(string customerId, DateOnly on)
        {
            var customer = customers[customerId];
            var isNew = customer.OnboardedOn is { } onboarded && on.DayNumber - onboarded.DayNumber < NewCustomerDays;
            return $"{customer.Segment ?? "?"}, {(isNew ? "new" : "established")}";
        }

        var model = ChannelRecommender.Train(history, options);
        var recommended = model.RecommendAll(history, allCustomers: true).ToDictionary(r => r.CustomerId, r => r.Channel, StringComparer.Ordinal);
        var now = data.GroundTruth.GroupBy(t => Group(t.CustomerId, end)).ToDictionary(g => g.Key, g => g.ToArray());
        var totalLoss = data.GroundTruth.Sum(Loss);
        double Loss(GroundTruth t) => Best(t.PPaid) - t.PPaid[recommended[t.CustomerId]];

        Console.WriteLine($"groups world={world.ToWord()} seed={seed} episodes={set.Count} normalised_regret={TruthEvaluation.Of([.. model.RecommendAll(history, allCustomers: true)], data.GroundTruth).NormalisedRegret:0.000}");
        Console.WriteLine("| group | episodes | truth over the episodes: phone / email / both | the outcomes, weighted: phone / email / both (± se) | best over the episodes: truth / outcomes | customers now | truth now: phone / email / both | best now: truth / the model's choice | share of regret |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        double misread = 0, shifted = 0;
        foreach (var group in Enumerable.Range(0, set.Count).GroupBy(i => Group(truthOf[set.InvoiceIds[i]].CustomerId, set.StartedOn[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.ToArray();
            var truth = ChannelValues<double>.From(t => rows.Average(i => truthOf[set.InvoiceIds[i]].PPaid[t]));
            var weighted = ChannelValues<(double Mean, double Error)>.From(t => Weighted(rows.Where(i => set.Treatments[i] == t)
                .Select(i => (1 / Math.Max(propensities[i, t], training.PropensityClip), (double)set.Outcomes[i])).ToArray()));
            var outcomesBest = ArgBest(ChannelValues<double>.From(t => weighted[t].Mean));
            var customersNow = now.GetValueOrDefault(group.Key, []);
            var truthNow = ChannelValues<double>.From(t => customersNow.Length > 0 ? customersNow.Average(c => c.PPaid[t]) : double.NaN);
            var share = totalLoss > 0 ? customersNow.Sum(Loss) / totalLoss : 0;
            if (outcomesBest != ArgBest(truth)) misread += share;
            else if (customersNow.Length > 0 && ArgBest(truthNow) != ArgBest(truth)) shifted += share;
            Console.WriteLine($"| {group.Key} | {rows.Length:N0} | {Three(truth, v => $"{v:0.000}")} | {Three(weighted, v => $"{v.Mean:0.000} ± {v.Error:0.000}")} " +
                $"| {ArgBest(truth).ToWord()} / {outcomesBest.ToWord()} | {customersNow.Length:N0} | {Three(truthNow, v => $"{v:0.000}")} " +
                $"| {(customersNow.Length > 0 ? ArgBest(truthNow).ToWord() : "-")} / {Majority(customersNow.Select(t => recommended[t.CustomerId]))} | {share:0%} |");
        }
        Console.WriteLine($"share of the model's regret in groups whose weighted outcomes favour another channel than the truth over their episodes: {misread:0%}");
        Console.WriteLine($"... and in groups whose outcomes agree, but whose customers now are best served by another channel than their episodes were: {shifted:0%}");
    }

    /// <summary>The Hájek mean of weighted outcomes and its linearised standard error.</summary>
    private static (double Mean, double Error) Weighted((double Weight, double Outcome)[] rows)
    {
        if (rows.Length == 0) return (double.NaN, double.NaN);
        var sum = rows.Sum(r => r.Weight);
        var mean = rows.Sum(r => r.Weight * r.Outcome) / sum;
        return (mean, Math.Sqrt(rows.Sum(r => r.Weight * r.Weight * (r.Outcome - mean) * (r.Outcome - mean))) / sum);
    }

    private static double Best(ChannelValues<double> p) => Math.Max(p.Phone, Math.Max(p.Email, p.Both));

    private static ChannelMix ArgBest(ChannelValues<double> p) =>
        ChannelChoices.All.OrderByDescending(t => double.IsNaN(p[t]) ? double.MinValue : p[t]).First();

    private static string Three<T>(ChannelValues<T> values, Func<T, string> format) =>
        string.Join(" / ", ChannelChoices.All.Select(t => format(values[t])));

    /// <summary>The most frequent channel and its share, e.g. "phone (71%)".</summary>
    private static string Majority(IEnumerable<ChannelMix> channels)
    {
        var all = channels.ToArray();
        if (all.Length == 0) return "-";
        var top = all.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        return $"{top.Key.ToWord()} ({(double)top.Count() / all.Length:0%})";
    }
}
