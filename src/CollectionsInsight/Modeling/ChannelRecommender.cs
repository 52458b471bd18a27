using CollectionsInsight.Domain;
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

        var fitter = new CausalFitter(options.TreeSettings, options.LinearSettings, options.PropensityClip);
        // Time-based split: the newest share is held out for the card, fitted on the older episodes only. When
        // learners are compared, they are compared on the older episodes alone, cross-fitted over blocks of time
        // (every older episode is predicted by models that did not see it), so the choice uses as much history as
        // possible and the reported figures are not the winner's curse of that choice.
        var reportCount = (int)Math.Round(set.Count * options.HeldOutShare);
        var older = set.Range(0, set.Count - reportCount);
        var reported = set.Range(older.Count, reportCount);
        var (chosenKind, candidates, why) = options.Learner == CausalLearner.Auto
            ? Choose(fitter, older, options, progress)
            : (options.Learner, Array.Empty<PolicyEstimate>(), $"chosen in the options (learner {options.Learner.ToWord()})");

        progress?.Invoke($"judging the {chosenKind.ToWord()}-learner on the newest {reportCount} episodes");
        var olderPropensity = fitter.FitPropensity(older);
        // The nuisance models of the doubly-robust scores: the collectors' choice and a T-learner, both fitted on the
        // older episodes, which the held-out ones are not part of. The fits are independent and run side by side.
        CausalLearner[] kinds = chosenKind == CausalLearner.TLearner ? [chosenKind] : [chosenKind, CausalLearner.TLearner];
        var fitted = kinds.AsParallel().AsOrdered().Select(kind => fitter.Fit(kind, older, olderPropensity)).ToArray();
        var predictions = fitted[0].Predict(reported.X);
        var nuisance = fitted[^1].Predict(reported.X);
        var propensities = olderPropensity.Predict(reported.X);
        var scores = DoublyRobust.Scores(reported.Treatments, reported.Outcomes, propensities, nuisance, options.PropensityClip);
        var policy = Policy(predictions, Channels.Reachable(reported.X), options);

        progress?.Invoke($"fitting the {chosenKind.ToWord()}-learner on all {set.Count} episodes");
        var propensity = fitter.FitPropensity(set);
        var final = fitter.Fit(chosenKind, set, propensity);
        var card = Card(options, asOf, set, older, reported, scores, propensities, chosenKind, why, candidates, predictions, policy);
        return new ChannelModel(options with { AsOf = asOf }, schema, propensity, final,
            SimilarEpisodes(propensity.Predict(set.X), set.Treatments), card)
        {
            HeldOutPolicy = reported.InvoiceIds.Select((id, i) => (id, Channels.All[policy[i]])).ToArray(),
        };
    }

    /// <summary>
    /// Which learner <c>auto</c> keeps: the blend of linear and s, unless a learner's policy beats the blend's in
    /// doubly-robust value with 95% confidence over both challengers (paired, episode by episode), over all of
    /// <paramref name="older"/>, each episode predicted by learners cross-fitted on the other blocks of time. Values this
    /// close are mostly the noise of one history, and the blend, which averages two learners' errors, was the steadier
    /// choice over the suite of worlds; picking the highest value alone switched learners on noise. The T-learner's
    /// cross-fitted predictions are the outcome part of the scores.
    /// </summary>
    private static (CausalLearner Kind, PolicyEstimate[] Values, string Why) Choose(CausalFitter fitter, TrainingSet older,
        RecommenderOptions options, Action<string>? progress)
    {
        progress?.Invoke($"comparing the {string.Join(", ", Compared.Select(k => k.ToWord()))} learners on {older.Count} episodes, cross-fitted over {options.Folds} blocks of time");
        var (propensities, fitted) = fitter.CrossFit(older, [CausalLearner.Linear, CausalLearner.SLearner, CausalLearner.TLearner], options.Folds);
        double[][] predictions = [fitted[0], fitted[1], OutcomeModel.Mean(fitted[0], fitted[1])];
        var scores = DoublyRobust.Scores(older.Treatments, older.Outcomes, propensities, fitted[2], options.PropensityClip);
        var reachable = Channels.Reachable(older.X);
        var policies = predictions.Select(p => Policy(p, reachable, options)).ToArray();
        var values = Compared.Select((kind, c) => DoublyRobust.Value(kind.ToWord(), scores, policies[c])).ToArray();
        var blend = Array.IndexOf(Compared, CausalLearner.Blend);
        var margins = policies.Select(p => DoublyRobust.Difference("over the blend", scores, p, policies[blend], ChallengeConfidence)).ToArray();
        var chosen = Enumerable.Range(0, Compared.Length).Where(c => margins[c].Low > 0).DefaultIfEmpty(blend).MaxBy(c => values[c].Value);
        var where = $"on all {older.Count} episodes before those reported below, each predicted by learners fitted on the other {options.Folds - 1} of {options.Folds} blocks of time";
        var why = chosen == blend
            ? $"neither single learner's policy beat the blend's doubly-robust value with {ChallengeConfidence:0.0%} confidence (paired), {where}"
            : $"its policy beat the blend's doubly-robust value by {margins[chosen].Value:0.000} [{margins[chosen].Low:0.000}, {margins[chosen].High:0.000}] (paired, {ChallengeConfidence:0.0%}), {where}";
        return (Compared[chosen], values, why);
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
        double[] scores, double[] propensities, CausalLearner learner, string why,
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

        return new ModelCard(learner, why, asOf, options.HorizonDays, options.WindowDays, set.Count, n,
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
