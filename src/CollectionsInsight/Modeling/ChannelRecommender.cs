using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Learns which channel (phone, email, both) gets each customer to pay within the horizon, from confounded
/// history: a propensity model of the collectors' choice, an outcome learner (S, T, DR or linear), selection
/// by held-out doubly-robust policy value on the newest episodes, and a model card with the held-out figures.
/// </summary>
public static class ChannelRecommender
{
    /// <summary>Fewer usable episodes than this cannot support a model.</summary>
    public const int MinimumEpisodes = 100;

    private const int SimilarityBins = 10;

    /// <param name="notice">Told once, in plain words, when XGBoost is not installed and the managed baseline is used.</param>
    /// <exception cref="InvalidDataException">Too few usable episodes, or a channel never used.</exception>
    public static ChannelModel Train(CollectionHistory history, RecommenderOptions? options = null, Action<string>? notice = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new RecommenderOptions();
        options.Validate();
        var asOf = options.AsOf ?? history.LatestDate
            ?? throw new InvalidDataException("the data holds no invoices, payments or contacts: nothing to train on");
        var schema = FeatureSchema.For(history, options.TeamTimeZone);
        var set = TrainingSet.Build(history, asOf, options.WindowDays, options.HorizonDays, new FeatureBuilder(schema));
        if (set.Count < MinimumEpisodes)
            throw new InvalidDataException(
                $"only {set.Count} collection episodes started with phone, email or both and have a known {options.HorizonDays}-day outcome by {asOf:yyyy-MM-dd}; at least {MinimumEpisodes} are needed");

        var learnerOptions = new LearnerOptions
        {
            Threads = options.Threads, Seed = options.Seed, Rounds = options.Rounds, MaxDepth = 3, LearningRate = 0.05, MinChildWeight = 20,
        };
        var propensityOptions = learnerOptions with { Rounds = Math.Max(1, options.Rounds / 2), MaxDepth = 2, LearningRate = 0.1, MinChildWeight = 50 };
        var fitter = new CausalFitter(new LearnerFactory(learnerOptions, notice), new LearnerFactory(propensityOptions), learnerOptions,
            options.Folds, options.PropensityClip, options.Seed);

        CausalLearner[] kinds = options.Learner == CausalLearner.Auto
            ? [CausalLearner.Linear, CausalLearner.SLearner, CausalLearner.TLearner, CausalLearner.DRLearner]
            : [options.Learner];
        // Time-based split: learners are fitted on the older episodes and judged on the newer ones, whose
        // doubly-robust scores come from nuisance models cross-fitted within the newer episodes only. The newest
        // share is reported on the card. Choosing the best of several noisy estimates and reporting that same
        // estimate overstates it (the winner's curse, visible as a "gain" in the null scenario), so when choosing,
        // half as many episodes again, just before the reported ones, choose.
        var reportCount = (int)Math.Round(set.Count * options.HeldOutShare);
        var chooseCount = kinds.Length > 1 ? reportCount / 2 : 0;
        var trainCount = set.Count - reportCount - chooseCount;
        var older = set.Range(0, trainCount);
        var newer = set.Range(trainCount, set.Count - trainCount);
        var (propensities, nuisance) = fitter.CrossFit(newer);
        var scores = DoublyRobust.Scores(newer.Treatments, newer.Outcomes, propensities, nuisance, options.PropensityClip);

        var judged = chooseCount > 0 ? chooseCount : newer.Count;
        var choosing = scores[..(judged * Channels.Count)];
        var reachable = Channels.Reachable(newer.X);
        var candidates = kinds.Select(kind =>
        {
            var predictions = fitter.Fit(kind, older).Predict(newer.X);
            var policy = Policy(predictions, reachable, options);
            return (Kind: kind, Predictions: predictions, Policy: policy, Value: DoublyRobust.Value(kind.ToWord(), choosing, policy[..judged]));
        }).ToArray();
        var chosenKind = kinds.Length == 1 ? kinds[0] : Choose(candidates.Select(c => (c.Kind, c.Policy[..judged])).ToArray(), choosing);
        var chosen = candidates.Single(c => c.Kind == chosenKind);

        var propensity = fitter.FitPropensity(set);
        var final = fitter.Fit(chosen.Kind, set, propensity);
        var engine = final.Models[0] is XGBoostModel ? "xgboost" : "managed linear";
        var why = kinds.Length == 1
            ? $"chosen in the options (learner {options.Learner.ToWord()})"
            : chosen.Kind == CausalLearner.Linear
                ? $"the linear baseline: no tree learner's policy was clearly better (interval of the paired doubly-robust difference above zero, 95% over all challengers) on the {chooseCount} held-out episodes before those reported below"
                : $"its policy beat the linear baseline's clearly (interval of the paired doubly-robust difference above zero, 95% over all challengers) and had the highest value, on the {chooseCount} held-out episodes before those reported below";
        if (engine != "xgboost" && chosen.Kind != CausalLearner.Linear)
            why += "; XGBoost is not installed, so its trees are replaced by the managed linear baseline";
        var from = chooseCount * Channels.Count;
        var reported = newer.Range(chooseCount, newer.Count - chooseCount);
        var card = Card(options, asOf, set, older, reported, scores[from..], propensities[from..], chosen.Kind, engine, why,
            candidates.Select(c => c.Value).ToArray(), chosen.Predictions[from..], chosen.Policy[chooseCount..]);
        return new ChannelModel(options with { AsOf = asOf }, schema, propensity, final,
            SimilarEpisodes(propensity.Predict(set.X), set.Treatments), card)
        {
            HeldOutPolicy = reported.InvoiceIds.Select((id, i) => (id, Channels.All[chosen.Policy[chooseCount + i]])).ToArray(),
        };
    }

    /// <summary>
    /// Which learner <c>auto</c> keeps: the linear baseline, unless another learner's policy beats it clearly, i.e. the
    /// interval of the paired difference of their doubly-robust scores lies above zero, at 95% over all challengers
    /// together (Bonferroni: 98.3% each for three); of several such, the one
    /// with the highest value. Policy values of the learners differ by less than their own intervals, so picking the
    /// highest one alone would pick at random among near-equals; the baseline is the simplest and the most stable.
    /// </summary>
    internal static CausalLearner Choose(IReadOnlyList<(CausalLearner Kind, int[] Policy)> candidates, double[] scores)
    {
        var baseline = candidates.First(c => c.Kind == CausalLearner.Linear).Policy;
        // Each challenger gets 5% / challengers (Bonferroni): a 5% chance in all of displacing the baseline by luck.
        var confidence = 1 - 0.05 / Math.Max(1, candidates.Count - 1);
        return candidates
            .Where(c => c.Kind == CausalLearner.Linear || DoublyRobust.Difference(c.Kind.ToWord(), scores, c.Policy, baseline, confidence).Low > 0)
            .MaxBy(c => DoublyRobust.Value(c.Kind.ToWord(), scores, c.Policy).Value)
            .Kind;
    }

    /// <summary>The recommended channel index per row of predictions (rows × 3), among the channels reachable in that row.</summary>
    internal static int[] Policy(double[] predictions, bool[] reachable, RecommenderOptions options) =>
        Enumerable.Range(0, predictions.Length / Channels.Count)
            .Select(i => options.Choose(predictions.AsSpan(i * Channels.Count, Channels.Count), reachable.AsSpan(i * Channels.Count, Channels.Count)))
            .ToArray();

    /// <summary>Which similarity bin a propensity falls in.</summary>
    internal static int SimilarityBin(double propensity) => Math.Clamp((int)(propensity * SimilarityBins), 0, SimilarityBins - 1);

    /// <summary>Per channel, how many training episodes that got it fall in each propensity bin.</summary>
    private static int[][] SimilarEpisodes(double[] propensities, int[] treatments)
    {
        var counts = Enumerable.Range(0, Channels.Count).Select(_ => new int[SimilarityBins]).ToArray();
        for (var i = 0; i < treatments.Length; i++)
            counts[treatments[i]][SimilarityBin(propensities[i * Channels.Count + treatments[i]])]++;
        return counts;
    }

    private static ModelCard Card(RecommenderOptions options, DateOnly asOf, TrainingSet set, TrainingSet older, TrainingSet newer,
        double[] scores, double[] propensities, CausalLearner learner, string engine, string why,
        IReadOnlyList<PolicyEstimate> candidates, double[] predictions, int[] policy)
    {
        var n = newer.Count;
        var bestAverage = Enumerable.Range(0, Channels.Count)
            .MaxBy(t => Enumerable.Range(0, older.Count).Where(i => older.Treatments[i] == t).Select(i => (double)older.Outcomes[i]).DefaultIfEmpty(0).Average());
        var policies = new List<PolicyEstimate>
        {
            DoublyRobust.Value(ModelCard.ModelPolicy, scores, policy),
            DoublyRobust.Estimate(ModelCard.CurrentPractice, newer.Outcomes.Select(y => (double)y).ToArray()),
        };
        for (var t = 0; t < Channels.Count; t++)
            policies.Add(DoublyRobust.Value("always " + Channels.All[t].ToWord(), scores, Enumerable.Repeat(t, n).ToArray()));
        policies.Add(DoublyRobust.Value(ModelCard.BestAverage, scores, Enumerable.Repeat(bestAverage, n).ToArray()));
        var gain = DoublyRobust.Estimate("gain over current practice",
            Enumerable.Range(0, n).Select(i => scores[i * Channels.Count + policy[i]] - newer.Outcomes[i]).ToArray());

        var overlap = Enumerable.Range(0, Channels.Count).Select(t =>
        {
            var episodes = Enumerable.Range(0, n).Select(i => propensities[i * Channels.Count + t]).ToArray();
            var values = episodes.Order().ToArray();
            return new PropensitySummary(Channels.All[t], values[0], Quantile(values, 0.05), Quantile(values, 0.5), Quantile(values, 0.95), values[^1])
            {
                Values = episodes,
            };
        }).ToArray();
        var shareLow = propensities.Count(e => e < 0.05) / (double)propensities.Length;
        var calibration = Calibration.Of(
            Enumerable.Range(0, n).Select(i => predictions[i * Channels.Count + newer.Treatments[i]]).ToArray(), newer.Outcomes);

        return new ModelCard(learner, engine, why, asOf, options.HorizonDays, options.WindowDays, set.Count, n,
            newer.StartedOn[0], Channels.All[bestAverage], candidates, policies, gain, overlap, shareLow, calibration);
    }

    /// <summary>Linear interpolation between order statistics of sorted values.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
