using System.Diagnostics;
using System.Globalization;
using CollectionsInsight.Modeling;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// The slow evaluations of the channel recommender on generated data (issue 4):
/// <c>regret</c>: ~20k training episodes (and ~5k), three seeds: normalised regret vs truth, DR value vs truth;
/// <c>null</c>: ten null-scenario seeds: does the gain interval over current practice contain 0;
/// <c>speed</c>: training on ~200k episodes and recommending for 50k customers.
/// </summary>
internal static class RecommenderEvaluation
{
    public static int Run(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var what = args.Length > 0 ? args[0] : "all";
        if (what is "regret" or "all") Regret(args.Skip(1).Select(int.Parse).DefaultIfEmpty(500).Append(2000).Distinct().ToArray());
        if (what is "null" or "all") Null(args.Length > 1 && CausalLearnerWords.TryParse(args[1], out var learner) ? learner : CausalLearner.Auto);
        if (what is "speed" or "all") Speed();
        return 0;
    }

    // About ten usable episodes per generated customer over 18 months.
    private static void Regret(int[] customerCounts)
    {
        foreach (var customers in customerCounts)
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                var data = DataGenerator.Generate(new GeneratorOptions { Customers = customers, Seed = seed });
                var history = data.ToHistory();
                var clock = Stopwatch.StartNew();
                // The oracle maximises the chance of payment alone, so the model is scored on the same terms: no cost of minutes.
                var model = ChannelRecommender.Train(history, new RecommenderOptions { Seed = seed, CostWeight = 0 });
                var trained = clock.Elapsed.TotalSeconds;
                var evaluation = TruthEvaluation.Of(model.RecommendAll(history, allCustomers: true), data.GroundTruth);
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
                    $"dr_error={estimate.Value - heldOutTruth:+0.0000;-0.0000} " +
                    string.Join(" ", new[] { CollectionsInsight.Domain.ChannelMix.Phone, CollectionsInsight.Domain.ChannelMix.Email, CollectionsInsight.Domain.ChannelMix.Both }.Select(mix =>
                        $"always_{mix}_dr={model.Card.Policy("always " + mix.ToString().ToLowerInvariant()).Value:0.0000}/truth={model.HeldOutPolicy.Average(h => episodes[h.InvoiceId].PPaid(mix)):0.0000}")));
            }
        }
    }

    private static void Null(CausalLearner learner)
    {
        var covered = 0;
        for (var seed = 1; seed <= 10; seed++)
        {
            var data = DataGenerator.Generate(new GeneratorOptions { Customers = 2000, Seed = seed, EffectStrength = 0 });
            var model = ChannelRecommender.Train(data.ToHistory(), new RecommenderOptions { Seed = seed, Learner = learner });
            var gain = model.Card.GainOverCurrentPractice;
            covered += gain.IntervalContains(0) ? 1 : 0;
            Console.WriteLine($"null seed={seed} learner={model.Card.Learner.ToWord()} gain={gain.Value:+0.0000;-0.0000;0.0000} [{gain.Low:+0.0000;-0.0000;0.0000},{gain.High:+0.0000;-0.0000;0.0000}] contains0={gain.IntervalContains(0)}");
        }
        Console.WriteLine($"null covered={covered}/10");
    }

    private static void Speed()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 20_000, Seed = 7 });
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
