using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling.Features;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Learns which channel (phone, email, both) gets each customer to pay within the horizon, from confounded
/// history: a propensity model of the collectors' choice, an outcome learner (S, T or linear, on ML.NET), selection
/// by cross-fitted doubly-robust policy value, and a model card with figures from the newest episodes, held out.
/// </summary>
public static class ChannelRecommender
{
    /// <summary>Fewer usable episodes than this cannot support a model.</summary>
    public const int MinimumEpisodes = 100;

    private const int SimilarityBins = 10;

    /// <summary>
    /// The learners <see cref="CausalLearner.Auto"/> compares: linear, s and their blend. The T-learner is fitted too, as
    /// the outcome part of the doubly-robust scores, but is not a candidate: it was the worst learner in all 18 runs of
    /// the suite at about 20,000 episodes, and in the null world it was chosen on noise.
    /// </summary>
    internal static readonly CausalLearner[] Compared = [CausalLearner.Linear, CausalLearner.SLearner, CausalLearner.Blend];

    /// <summary>The confidence with which a learner must beat the blend, shared among the challengers (Bonferroni).</summary>
    private static readonly double ChallengeConfidence = 1 - 0.05 / (Compared.Length - 1);

    /// <summary>Trains the channel model on the history's episodes whose outcome is known by the as-of date.</summary>
    /// <param name="history">The collection history to learn from.</param>
    /// <param name="options">The settings; default: <see cref="RecommenderOptions"/>'s defaults.</param>
    /// <param name="progress">Told, in plain words, what training is doing now (it can take minutes on large books).</param>
    /// <exception cref="InsufficientDataException">Too few usable episodes, or a channel never used.</exception>
    public static ChannelModel Train(CollectionHistory history, RecommenderOptions? options = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new RecommenderOptions();
        options.Validate();
        var asOf = options.AsOf ?? history.LatestDate
            ?? throw new InsufficientDataException("the data holds no invoices, payments or contacts: nothing to train on");
        progress?.Invoke("building the training episodes");
        var schema = FeatureSchema.For(history, options.TeamTimeZone);
        var set = TrainingSet.Build(history, asOf, options.WindowDays, options.HorizonDays, new FeatureBuilder(schema));
        if (set.Count < MinimumEpisodes)
            throw new InsufficientDataException(
                $"only {set.Count} collection episodes started with phone, email or both and have a known {options.HorizonDays}-day outcome by {asOf:yyyy-MM-dd}; at least {MinimumEpisodes} are needed");
        if (set.Outcomes.Distinct().Count() < 2)
            throw new InsufficientDataException(
                $"{(set.Outcomes[0] > 0 ? "every one" : "none")} of the {set.Count} collection episodes was paid within {options.HorizonDays} days of its start; with one outcome only there is nothing to tell channels apart by");

        var training = options.Training;
        var fitter = new CausalFitter(training.TreeSettings, training.LinearSettings, training.PropensityClip);
        // Time-based split: the newest share is held out for the card, fitted on the older episodes only. When
        // learners are compared, they are compared on the older episodes alone, cross-fitted over blocks of time
        // (every older episode is predicted by models that did not see it), so the choice uses as much history as
        // possible and the reported figures are not the winner's curse of that choice.
        var reportCount = (int)Math.Round(set.Count * training.HeldOutShare);
        var older = set.Range(0, set.Count - reportCount);
        var reported = set.Range(older.Count, reportCount);
        // The models to judge the learner with are fitted on the older episodes, which the held-out ones are not part
        // of: the collectors' choice, the learner, and a T-learner as the nuisance model of the doubly-robust scores.
        // The final models are fitted on all episodes. All are independent, and fitted side by side; those that do not
        // depend on the learner chosen are fitted alongside the comparison.
        var queue = new FitQueue();
        var olderPropensity = queue.Add(() => fitter.FitPropensity(older), trainsTrees: false);
        var propensity = queue.Add(() => fitter.FitPropensity(set), trainsTrees: false);
        var nuisanceModel = fitter.Add(queue, CausalLearner.TLearner, older, null);
        var (chosenKind, candidates, why) = training.Learner == CausalLearner.Auto
            ? Choose(fitter, older, options, queue, progress)
            : (training.Learner, Array.Empty<PolicyEstimate>(), $"chosen in the options (learner {training.Learner.ToWord()})");

        progress?.Invoke($"judging the {chosenKind.ToWord()}-learner on the newest {reportCount} episodes and fitting it on all {set.Count}");
        var judgedModel = chosenKind == CausalLearner.TLearner ? nuisanceModel : fitter.Add(queue, chosenKind, older, olderPropensity);
        var finalModel = fitter.Add(queue, chosenKind, set, propensity);
        queue.Run();
        var (judged, tLearner, final) = (judgedModel.Value, nuisanceModel.Value, finalModel.Value);
        var nuisance = tLearner.Predict(reported.X);
        var propensities = olderPropensity.Value.Predict(reported.X);
        var scores = DoublyRobust.Scores(reported.Treatments, reported.Outcomes, propensities, nuisance, training.PropensityClip);
        var reachable = Channels.Reachable(reported.X);
        // The held-out predictions as the model will use them: with the share of the differences between channels that
        // these episodes confirm.
        var raw = judged.Predict(reported.X);
        var differences = ChannelDifferences.Of(raw, scores, reachable);
        var predictions = differences.Scaled(raw);
        var policy = Policy(predictions, reachable, options.Decision);

        var card = Card(options, asOf, set, older, reported, scores, propensities, chosenKind, why, candidates, predictions, policy, differences);
        return new ChannelModel(options with { AsOf = asOf }, schema, propensity.Value, final,
            SimilarEpisodes(propensity.Value.Predict(set.X), set.Treatments), card)
        {
            HeldOutPolicy = reported.InvoiceIds.Select((id, i) => (id, policy[i])).ToArray(),
        };
    }

    /// <summary>
    /// Which learner <c>auto</c> keeps: the blend of linear and s, unless a learner's policy beats the blend's in
    /// doubly-robust value with 95% confidence over both challengers (paired, episode by episode), over all of
    /// <paramref name="older"/>, each episode predicted by learners cross-fitted on the other blocks of time. Values this
    /// close are mostly the noise of one history, and the blend, which averages two learners' errors, was the steadier
    /// choice over the suite of worlds; picking the highest value alone switched learners on noise. The T-learner's
    /// cross-fitted predictions are the outcome part of the scores. The fits already in <paramref name="queue"/> run
    /// alongside.
    /// </summary>
    private static (CausalLearner Kind, PolicyEstimate[] Values, string Why) Choose(CausalFitter fitter, TrainingSet older,
        RecommenderOptions options, FitQueue queue, Action<string>? progress)
    {
        var folds = options.Training.Folds;
        progress?.Invoke($"comparing the {string.Join(", ", Compared.Select(k => k.ToWord()))} learners on {older.Count} episodes, cross-fitted over {folds} blocks of time");
        CrossFitted crossFitted;
        try
        {
            crossFitted = fitter.CrossFit(older, [CausalLearner.Linear, CausalLearner.SLearner, CausalLearner.TLearner], folds, queue);
        }
        catch (InsufficientDataException e)
        {
            // A small history can be enough to fit the blend on, but not on each part of it the comparison needs.
            return (CausalLearner.Blend, [], $"the learners could not be compared, so the blend was kept: {e.Message}");
        }
        var (linear, sLearner, tLearner) = (crossFitted.Predictions[0], crossFitted.Predictions[1], crossFitted.Predictions[2]);
        ChannelTable<double>[] predictions = [linear, sLearner, OutcomeModel.Mean(linear, sLearner)];
        var scores = DoublyRobust.Scores(older.Treatments, older.Outcomes, crossFitted.Propensities, tLearner, options.Training.PropensityClip);
        var reachable = Channels.Reachable(older.X);
        var policies = predictions.Select(p => Policy(p, reachable, options.Decision)).ToArray();
        var values = Compared.Select((kind, c) => DoublyRobust.Value(kind.ToWord(), scores, policies[c])).ToArray();
        var blend = Array.IndexOf(Compared, CausalLearner.Blend);
        var margins = policies.Select(p => DoublyRobust.Difference("over the blend", scores, p, policies[blend], ChallengeConfidence)).ToArray();
        var chosen = Enumerable.Range(0, Compared.Length).Where(c => margins[c].Low > 0).DefaultIfEmpty(blend).MaxBy(c => values[c].Value);
        var where = $"on all {older.Count} episodes before those reported below, each predicted by learners fitted on the other {folds - 1} of {folds} blocks of time";
        var why = chosen == blend
            ? $"neither single learner's policy beat the blend's doubly-robust value with {ChallengeConfidence:0.0%} confidence (paired), {where}"
            : $"its policy beat the blend's doubly-robust value by {margins[chosen].Value:0.000} [{margins[chosen].Low:0.000}, {margins[chosen].High:0.000}] (paired, {ChallengeConfidence:0.0%}), {where}";
        return (Compared[chosen], values, why);
    }

    /// <summary>The recommended channel per row of predictions, among the channels reachable in that row.</summary>
    internal static ChannelMix[] Policy(ChannelTable<double> predictions, ChannelTable<bool> reachable, ChannelDecision decision)
    {
        var policy = new ChannelMix[predictions.Rows];
        for (var i = 0; i < policy.Length; i++)
            policy[i] = decision.Choose(predictions[i], reachable[i]);
        return policy;
    }

    /// <summary>Which similarity bin a propensity falls in.</summary>
    internal static int SimilarityBin(double propensity) => Math.Clamp((int)(propensity * SimilarityBins), 0, SimilarityBins - 1);

    /// <summary>Per channel, how many training episodes that got it fall in each propensity bin.</summary>
    private static ChannelValues<int[]> SimilarEpisodes(ChannelTable<double> propensities, ChannelMix[] treatments)
    {
        var counts = ChannelValues<int[]>.From(_ => new int[SimilarityBins]);
        for (var i = 0; i < treatments.Length; i++)
            counts[treatments[i]][SimilarityBin(propensities[i, treatments[i]])]++;
        return counts;
    }

    private static ModelCard Card(RecommenderOptions options, DateOnly asOf, TrainingSet set, TrainingSet older, TrainingSet newer,
        ChannelTable<double> scores, ChannelTable<double> propensities, CausalLearner learner, string why,
        IReadOnlyList<PolicyEstimate> candidates, ChannelTable<double> predictions, ChannelMix[] policy, ChannelDifferences differences)
    {
        var n = newer.Count;
        var bestAverage = ChannelChoices.All
            .MaxBy(t => Enumerable.Range(0, older.Count).Where(i => older.Treatments[i] == t).Select(i => (double)older.Outcomes[i]).DefaultIfEmpty(0).Average());
        var current = DoublyRobust.Estimate(ModelCard.CurrentPractice, newer.Outcomes.Select(y => (double)y).ToArray(), DoublyRobust.Probability);
        var policies = new List<PolicyEstimate> { DoublyRobust.Value(ModelCard.ModelPolicy, scores, policy), current };
        foreach (var t in ChannelChoices.All)
            policies.Add(DoublyRobust.Value("always " + t.ToWord(), scores, Enumerable.Repeat(t, n).ToArray()));
        policies.Add(DoublyRobust.Value(ModelCard.BestAverage, scores, Enumerable.Repeat(bestAverage, n).ToArray()));
        // Current practice's value is the observed share paid: a policy's value is in [0, 1], so the gain over it is
        // in [−share, 1 − share].
        var gain = DoublyRobust.Estimate("gain over current practice",
            Enumerable.Range(0, n).Select(i => scores[i, policy[i]] - newer.Outcomes[i]).ToArray(), (-current.Value, 1 - current.Value));

        var overlap = ChannelChoices.All.Select(t =>
        {
            var episodes = Enumerable.Range(0, n).Select(i => propensities[i, t]).ToArray();
            var values = episodes.Order().ToArray();
            double Quantile(double p) => DescriptiveStatistics.SortedQuantile(values, p);
            return new PropensitySummary(t, values[0], Quantile(0.05), Quantile(0.5), Quantile(0.95), values[^1])
            {
                Values = episodes,
            };
        }).ToArray();
        var shareLow = propensities.Values.Count(e => e < 0.05) / (double)propensities.Values.Length;
        var calibration = Calibration.Of(
            Enumerable.Range(0, n).Select(i => predictions[i, newer.Treatments[i]]).ToArray(), newer.Outcomes);

        return new ModelCard(learner, why, asOf, options.HorizonDays, options.WindowDays, set.Count, n,
            newer.StartedOn[0], bestAverage, candidates, policies, gain, overlap, shareLow, calibration, differences);
    }
}
