using System.Diagnostics;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>Fits the propensity model and the outcome learners, and cross-fits them over blocks of time.</summary>
/// <param name="trees">Settings of the tree learners.</param>
/// <param name="linear">Settings of the linear learners (the propensity model and the linear outcome learner).</param>
/// <param name="clip">Propensities below this are raised to it in inverse-propensity weights.</param>
internal sealed class CausalFitter(LearnerOptions trees, LearnerOptions linear, double clip)
{
    /// <summary>A smooth multinomial model of the channel the collectors chose given the features.</summary>
    /// <exception cref="InsufficientDataException">A channel no training episode got.</exception>
    public PropensityModel FitPropensity(TrainingSet set)
    {
        RequireEveryChannel(set);
        var design = LinearDesign.Of(set.X);
        var model = new MlLearner(Objective.Multiclass(ChannelChoices.Count), LearnerFamily.Linear, linear)
            .Fit(design.Features(set.X), set.Treatments.Select(t => (float)ChannelChoices.IndexOf(t)).ToArray(), null);
        return new PropensityModel(model, design);
    }

    /// <summary>Fits the outcome learner <paramref name="kind"/> on <paramref name="set"/>.</summary>
    /// <param name="kind">The learner: S, T, linear or blend.</param>
    /// <param name="set">The training rows.</param>
    /// <param name="propensity">The propensity model of <paramref name="set"/> if already fitted (the linear learner uses it).</param>
    /// <exception cref="InsufficientDataException">A channel no training episode got.</exception>
    public OutcomeModel Fit(CausalLearner kind, TrainingSet set, PropensityModel? propensity = null)
    {
        RequireEveryChannel(set);
        var binaryTrees = new MlLearner(Objective.Binary, LearnerFamily.Trees, trees);
        return kind switch
        {
            CausalLearner.SLearner => new OutcomeModel(kind,
                [binaryTrees.Fit(OutcomeModel.WithChannels(set.X, set.Treatments), set.Outcomes, null)], null),
            CausalLearner.TLearner => new OutcomeModel(kind, ChannelChoices.All.Select(t =>
            {
                var part = set.Rows(Enumerable.Range(0, set.Count).Where(i => set.Treatments[i] == t).ToArray());
                return binaryTrees.Fit(part.X, part.Outcomes, null);
            }).ToArray(), null),
            CausalLearner.Linear => FitLinear(set, propensity ?? FitPropensity(set)),
            CausalLearner.Blend => FitBlend(set, propensity),
            CausalLearner.Auto => throw new ArgumentOutOfRangeException(nameof(kind), kind, "choose a learner before fitting"),
            _ => throw new UnreachableException($"learner {kind}"),
        };
    }

    /// <summary>A blend's two learners, fitted side by side.</summary>
    private OutcomeModel FitBlend(TrainingSet set, PropensityModel? propensity)
    {
        var queue = new FitQueue();
        var blend = Add(queue, CausalLearner.Blend, set, propensity is null ? null : new Lazy<PropensityModel>(() => propensity));
        queue.Run();
        return blend.Value;
    }

    /// <summary>
    /// Queues the fit of learner <paramref name="kind"/> on <paramref name="set"/>; a blend's two learners are two fits
    /// of the queue. The model is ready once the queue has run.
    /// </summary>
    public Lazy<OutcomeModel> Add(FitQueue queue, CausalLearner kind, TrainingSet set, Lazy<PropensityModel>? propensity)
    {
        if (kind != CausalLearner.Blend)
            return queue.Add(() => Fit(kind, set, propensity?.Value), TrainsTrees(kind));
        var linear = Add(queue, CausalLearner.Linear, set, propensity);
        var s = Add(queue, CausalLearner.SLearner, set, propensity);
        return new Lazy<OutcomeModel>(() => OutcomeModel.Blend(linear.Value, s.Value));
    }

    /// <summary>
    /// Out-of-fold propensities and predictions of every learner in <paramref name="kinds"/>, in that order: the rows,
    /// oldest first, are cut into <paramref name="folds"/> blocks of time, and each block is predicted by models
    /// fitted on the other blocks. The fits are independent (each has its own seeded context and writes its own block),
    /// so they run side by side with the same result, in one queue with any fits queued before in
    /// <paramref name="queue"/>.
    /// </summary>
    public CrossFitted CrossFit(TrainingSet set, IReadOnlyList<CausalLearner> kinds, int folds, FitQueue? queue = null)
    {
        RequireEveryChannel(set);
        var starts = Enumerable.Range(0, folds + 1).Select(k => set.Count * k / folds).ToArray();
        var trains = Enumerable.Range(0, folds)
            .Select(k => set.Rows(Enumerable.Range(0, set.Count).Where(i => i < starts[k] || i >= starts[k + 1]).ToArray())).ToArray();
        var tests = Enumerable.Range(0, folds)
            .Select(k => TrainingSet.SelectRows(set.X, Enumerable.Range(starts[k], starts[k + 1] - starts[k]).ToArray())).ToArray();
        for (var k = 0; k < folds; k++)
        {
            if (MissingChannel(trains[k]) is { } missing)
                throw new InsufficientDataException(
                    $"{missing.ToWord()} was used only in block {k + 1} of the {folds} blocks of time that the learners are compared over, "
                    + "so they cannot be compared; train with a given learner (for example --learner blend) or on a longer history");
        }
        queue ??= new FitQueue();
        var propensities = new ChannelTable<double>(set.Count);
        var propensityModels = Enumerable.Range(0, folds).Select(k => queue.Add(() =>
        {
            var model = FitPropensity(trains[k]);
            model.Predict(tests[k]).CopyTo(propensities, starts[k]);
            return model;
        }, trainsTrees: false)).ToArray();
        var predictions = kinds.Select(_ => new ChannelTable<double>(set.Count)).ToArray();
        // The propensity models come first in the lane of fits without trees, so the linear learner finds its own ready.
        for (var c = 0; c < kinds.Count; c++)
        {
            for (var k = 0; k < folds; k++)
            {
                var (kind, fold, prediction) = (kinds[c], k, predictions[c]);
                queue.Add(() => Fit(kind, trains[fold], UsesPropensity(kind) ? propensityModels[fold].Value : null)
                    .Predict(tests[fold]).CopyTo(prediction, starts[fold]), TrainsTrees(kind));
            }
        }
        queue.Run();
        return new CrossFitted(propensities, predictions);
    }

    /// <exception cref="InsufficientDataException">A channel no episode of <paramref name="set"/> got.</exception>
    private static void RequireEveryChannel(TrainingSet set)
    {
        if (MissingChannel(set) is { } missing)
            throw new InsufficientDataException($"no training episodes used {missing.ToWord()} in their first days; the model cannot learn its effect");
    }

    private static ChannelMix? MissingChannel(TrainingSet set) =>
        ChannelChoices.All.Where(t => !set.Treatments.Contains(t)).Select(t => (ChannelMix?)t).FirstOrDefault();

    private static bool UsesPropensity(CausalLearner kind) => kind is CausalLearner.Linear or CausalLearner.Blend;

    private static bool TrainsTrees(CausalLearner kind) => kind is CausalLearner.SLearner or CausalLearner.TLearner or CausalLearner.Blend;

    /// <summary>
    /// The linear learner, weighted by inverse propensity (clipped, scaled to a mean of 1): collectors phone the hard
    /// cases, so without weights each channel's slopes would describe the customers who usually got it, not the whole book.
    /// </summary>
    private OutcomeModel FitLinear(TrainingSet set, PropensityModel propensity)
    {
        var propensities = propensity.Predict(set.X);
        var weights = new float[set.Count];
        for (var i = 0; i < set.Count; i++)
            weights[i] = (float)(1 / Math.Max(propensities[i, set.Treatments[i]], clip));
        var mean = weights.Average();
        for (var i = 0; i < set.Count; i++)
            weights[i] /= mean;
        var design = LinearDesign.Of(set.X);
        var model = new MlLearner(Objective.Binary, LearnerFamily.Linear, linear)
            .Fit(design.WithChannels(set.X, set.Treatments), set.Outcomes, weights);
        return new OutcomeModel(CausalLearner.Linear, [model], design);
    }
}
