using System.Diagnostics;
using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// The slow evaluations of the channel recommender on generated data (issue 4):
/// <c>regret</c>: ~5k and ~20k training episodes, three seeds: normalised regret vs truth, DR value vs truth;
/// <c>ceiling</c>: the normalised regret of a model fitted to the true probabilities themselves: how close to the
/// oracle the features allow any model to get;
/// <c>null</c>: ten null-scenario seeds: does the gain interval over current practice contain 0;
/// <c>picks</c>: twenty seeds at ~5k episodes: how often <c>auto</c> leaves the linear baseline, and what that costs;
/// <c>speed</c>: training on ~200k episodes and recommending for 50k customers.
/// <c>regret</c>, <c>ceiling</c> and <c>picks</c> take the generator's scenario: <c>--world NAME</c> (default: the default world;
/// <c>individual</c> is the world the README's figures were measured in before there were worlds), <c>--by-segment X</c> (how much of the customers'
/// responsiveness their segment explains, default the world's share), <c>--effect X</c> (how much channels matter, default 1) and
/// <c>--months M</c> (how long a history each customer has, default 18; the customer counts shrink to keep the episodes).
/// </summary>
internal static class RecommenderEvaluation
{
    // About eight usable episodes per generated customer over 18 months: ~5k and ~20k episodes.
    private static readonly int[] CustomersOver18Months = [625, 2500];

    /// <summary>Customer counts that give ~5k and ~20k episodes over the scenario's months.</summary>
    private static int[] CustomerCounts(GeneratorOptions scenario) =>
        CustomersOver18Months.Select(c => (int)Math.Round(c * 18.0 / scenario.Months)).ToArray();

    public static int Run(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var what = args.Length > 0 ? args[0] : "all";
        GeneratorOptions scenario;
        try
        {
            scenario = Scenario(args.Skip(1).ToArray());
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        if (what is "regret" or "ceiling" or "picks" or "all")
            Console.WriteLine($"scenario: world {scenario.World.ToWord()}, responsiveness by segment {scenario.ResponsivenessBySegment?.ToString() ?? "the world's"}, " +
                $"effect {scenario.EffectStrength}, months {scenario.Months}");
        if (what is "regret" or "all") Regret(scenario);
        if (what is "ceiling" or "all") Ceiling(scenario);
        if (what is "null" or "all") Null();
        if (what is "picks" or "all") Picks(scenario);
        if (what is "speed" or "all") Speed();
        return 0;
    }

    private static GeneratorOptions Scenario(string[] args)
    {
        if (args.Length % 2 != 0)
            throw new ArgumentException("scenario options come in pairs: --world NAME, --by-segment X, --effect X, --months M");
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] == "--world")
            {
                options = GeneratorWorldWords.TryParse(args[i + 1], out var world)
                    ? options with { World = world }
                    : throw new ArgumentException($"--world: '{args[i + 1]}' is not one of {GeneratorWorldWords.List}");
                continue;
            }
            var value = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--by-segment" => options with { ResponsivenessBySegment = value },
                "--effect" => options with { EffectStrength = value },
                "--months" when value is >= 6 and <= 120 && value == Math.Floor(value) => options with { Months = (int)value },
                "--months" => throw new ArgumentException($"--months must be a whole number from 6 to 120, not '{args[i + 1]}'"),
                _ => throw new ArgumentException($"unknown option '{args[i]}' (use --world NAME, --by-segment X, --effect X, --months M)"),
            };
        }
        return options;
    }

    private static void Regret(GeneratorOptions scenario)
    {
        foreach (var customers in CustomerCounts(scenario))
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                var data = DataGenerator.Generate(scenario with { Customers = customers, Seed = seed });
                var history = data.ToHistory();
                var clock = Stopwatch.StartNew();
                // The oracle maximises the chance of payment alone, so the model is scored on the same terms: no cost of minutes.
                var model = ChannelRecommender.Train(history, new RecommenderOptions { Seed = seed, CostWeight = 0 });
                var trained = clock.Elapsed.TotalSeconds;
                var evaluation = Score(model, history, data);
                var episodes = data.Episodes.ToDictionary(e => e.InvoiceId);
                var heldOutTruth = model.HeldOutPolicy.Average(h => episodes[h.InvoiceId].PPaid(h.Channel));
                var estimate = model.Card.Policy(ModelCard.ModelPolicy);
                var naive = data.GroundTruth.Average(t => t.PPaid(model.Card.BestAverageChannel));
                Console.WriteLine(
                    $"regret customers={customers} seed={seed} episodes={model.Card.TrainingEpisodes} learner={model.Card.Learner.ToWord()} " +
                    $"train={trained:0.0}s policy={evaluation.PolicyValue:0.0000} oracle={evaluation.OracleValue:0.0000} " +
                    $"best_single={evaluation.BestSingleChannel:0.0000} naive({model.Card.BestAverageChannel})={naive:0.0000} " +
                    $"normalised_regret={evaluation.NormalisedRegret:0.000} match={evaluation.ShareMatchingOracle:0.000} " +
                    $"dr_heldout={estimate.Value:0.0000} [{estimate.Low:0.0000},{estimate.High:0.0000}] truth_heldout={heldOutTruth:0.0000} " +
                    $"dr_error={estimate.Value - heldOutTruth:+0.0000;-0.0000;0.0000} " +
                    string.Join(" ", new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both }.Select(mix =>
                        $"always_{mix}_dr={model.Card.Policy("always " + mix.ToString().ToLowerInvariant()).Value:0.0000}/truth={model.HeldOutPolicy.Average(h => episodes[h.InvoiceId].PPaid(mix)):0.0000}")));
            }
        }
    }

    /// <summary>
    /// An upper bound for any model that learns from outcomes: per channel, a regression of each customer's true
    /// probability of payment on the features the recommender sees at the as-of date, fitted on half the customers
    /// and applied to the other half (and vice versa). No outcome noise, no confounding; what is left is what the
    /// data does not reveal about the customer.
    /// </summary>
    private static void Ceiling(GeneratorOptions scenario)
    {
        foreach (var customers in CustomerCounts(scenario))
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                var data = DataGenerator.Generate(scenario with { Customers = customers, Seed = seed });
                var history = data.ToHistory();
                var past = new HistoryBefore(history, history.LatestDate!.Value.AddDays(1));
                var ids = data.GroundTruth.Select(t => t.CustomerId).ToArray();
                var x = new FeatureBuilder(FeatureSchema.For(history, new RecommenderOptions().TeamTimeZone)).Matrix(ids.Select(id => (past, Effort.Typical(id))).ToList());
                var learners = new (string Name, Func<ILearner> Create)[]
                {
                    ("linear", () => new LinearLearner(Objective.Regression, new LearnerOptions())),
                    ("xgboost", () => new XGBoostLearner(Objective.Regression, new LearnerOptions { MaxDepth = 3, LearningRate = 0.05, MinChildWeight = 5 })),
                };
                foreach (var (name, create) in learners)
                {
                    var predictions = new double[ids.Length * Channels.Count];
                    for (var half = 0; half < 2; half++)
                    {
                        var train = Enumerable.Range(0, ids.Length).Where(i => i % 2 != half).ToArray();
                        var test = Enumerable.Range(0, ids.Length).Where(i => i % 2 == half).ToArray();
                        for (var t = 0; t < Channels.Count; t++)
                        {
                            var labels = train.Select(i => (float)data.GroundTruth[i].PPaid(Channels.All[t])).ToArray();
                            var p = create().Fit(TrainingSet.SelectRows(x, train), labels, null).Predict(TrainingSet.SelectRows(x, test));
                            for (var r = 0; r < test.Length; r++)
                                predictions[test[r] * Channels.Count + t] = p[r];
                        }
                    }
                    var reachable = Channels.Reachable(x);
                    var outcomeOnly = new RecommenderOptions { CostWeight = 0 };
                    var recommendations = ids.Select((id, i) =>
                    {
                        var best = Channels.All[outcomeOnly.Choose(predictions.AsSpan(i * Channels.Count, Channels.Count), reachable.AsSpan(i * Channels.Count, Channels.Count))];
                        return new ChannelRecommendation(id, null, best, best, predictions[i * Channels.Count], predictions[i * Channels.Count + 1], predictions[i * Channels.Count + 2], 0, 0, false, []);
                    }).ToArray();
                    var evaluation = TruthEvaluation.Of(recommendations, data.GroundTruth);
                    Console.WriteLine($"ceiling customers={customers} seed={seed} model={name} oracle={evaluation.OracleValue:0.0000} " +
                        $"best_single={evaluation.BestSingleChannel:0.0000} policy={evaluation.PolicyValue:0.0000} normalised_regret={evaluation.NormalisedRegret:0.000}");
                }
            }
        }
    }

    /// <summary>
    /// At ~5k episodes the held-out comparison of learners is at its noisiest: per seed, which learner <c>auto</c> kept
    /// and the normalised regret of its recommendations beside that of the linear baseline trained on the same data.
    /// </summary>
    private static void Picks(GeneratorOptions scenario)
    {
        const int Seeds = 20;
        var left = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var data = DataGenerator.Generate(scenario with { Customers = CustomerCounts(scenario)[0], Seed = seed });
            var history = data.ToHistory();
            var options = new RecommenderOptions { Seed = seed, CostWeight = 0 };
            var auto = ChannelRecommender.Train(history, options);
            var regret = Score(auto, history, data).NormalisedRegret;
            var line = $"picks seed={seed} learner={auto.Card.Learner.ToWord()} normalised_regret={regret:0.000}";
            if (auto.Card.Learner != CausalLearner.Linear)
            {
                left++;
                var linear = ChannelRecommender.Train(history, options with { Learner = CausalLearner.Linear });
                line += $" linear_normalised_regret={Score(linear, history, data).NormalisedRegret:0.000}";
            }
            Console.WriteLine(line);
        }
        Console.WriteLine($"picks left_the_baseline={left}/{Seeds}");
    }

    /// <summary>The true value of the model's recommendations for every customer of generated data.</summary>
    private static TruthEvaluation Score(ChannelModel model, CollectionHistory history, SyntheticData data) =>
        TruthEvaluation.Of(model.RecommendAll(history, allCustomers: true), data.GroundTruth);

    private static void Null()
    {
        var covered = 0;
        for (var seed = 1; seed <= 10; seed++)
        {
            var data = DataGenerator.Generate(new GeneratorOptions { Customers = 2000, Seed = seed, EffectStrength = 0 });
            var model = ChannelRecommender.Train(data.ToHistory(), new RecommenderOptions { Seed = seed });
            var gain = model.Card.GainOverCurrentPractice;
            covered += gain.IntervalContains(0) ? 1 : 0;
            Console.WriteLine($"null seed={seed} learner={model.Card.Learner.ToWord()} gain={gain.Value:+0.0000;-0.0000;0.0000} [{gain.Low:+0.0000;-0.0000;0.0000},{gain.High:+0.0000;-0.0000;0.0000}] contains0={gain.IntervalContains(0)}");
        }
        Console.WriteLine($"null covered={covered}/10");
    }

    private static void Speed()
    {
        // About 200,000 usable episodes, the size the speed target is set at.
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 25_200, Seed = 7 });
        var history = data.ToHistory();
        foreach (var learner in new[] { CausalLearner.TLearner, CausalLearner.Auto })
        {
            var clock = Stopwatch.StartNew();
            var model = ChannelRecommender.Train(history, new RecommenderOptions { Learner = learner });
            Console.WriteLine($"speed train learner={learner.ToWord()} chosen={model.Card.Learner.ToWord()} episodes={model.Card.TrainingEpisodes} seconds={clock.Elapsed.TotalSeconds:0.0}");
            if (learner != CausalLearner.TLearner) continue;
            var large = DataGenerator.Generate(new GeneratorOptions { Customers = 50_000, Seed = 8 }).ToHistory();
            clock.Restart();
            var recommendations = model.RecommendAll(large, allCustomers: true);
            Console.WriteLine($"speed recommend customers={recommendations.Count} seconds={clock.Elapsed.TotalSeconds:0.0}");
        }
    }
}
