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
    public PropensityModel FitPropensity(TrainingSet set)
    {
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
        foreach (var t in ChannelChoices.All)
        {
            if (!set.Treatments.Contains(t))
                throw new InsufficientDataException(
                    $"no training episodes used {t.ToWord()} in their first days; the model cannot learn its effect");
        }
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
            CausalLearner.Blend => FitBlend(set, propensity ?? FitPropensity(set)),
            CausalLearner.Auto => throw new ArgumentOutOfRangeException(nameof(kind), kind, "choose a learner before fitting"),
            _ => throw new UnreachableException($"learner {kind}"),
        };
    }

    /// <summary>
    /// Out-of-fold propensities and predictions of every learner in <paramref name="kinds"/>, in that order: the rows,
    /// oldest first, are cut into <paramref name="folds"/> blocks of time, and each block is predicted by models
    /// fitted on the other blocks. The fits are independent (each has its own seeded context and writes its own block),
    /// so they run side by side with the same result: two at a time, since each holds its own copies of the data and
    /// more at once would multiply the peak memory on large books.
    /// </summary>
    public CrossFitted CrossFit(TrainingSet set, IReadOnlyList<CausalLearner> kinds, int folds)
    {
        var starts = Enumerable.Range(0, folds + 1).Select(k => set.Count * k / folds).ToArray();
        var trains = Enumerable.Range(0, folds)
            .Select(k => set.Rows(Enumerable.Range(0, set.Count).Where(i => i < starts[k] || i >= starts[k + 1]).ToArray())).ToArray();
        var tests = Enumerable.Range(0, folds)
            .Select(k => TrainingSet.SelectRows(set.X, Enumerable.Range(starts[k], starts[k + 1] - starts[k]).ToArray())).ToArray();
        var propensityModels = new PropensityModel[folds];
        var propensities = new ChannelTable<double>(set.Count);
        Parallel.For(0, folds, TwoAtATime, k =>
        {
            propensityModels[k] = FitPropensity(trains[k]);
            propensityModels[k].Predict(tests[k]).CopyTo(propensities, starts[k]);
        });
        var predictions = kinds.Select(_ => new ChannelTable<double>(set.Count)).ToArray();
        Parallel.For(0, folds * kinds.Count, TwoAtATime, job =>
        {
            var (k, c) = (job / kinds.Count, job % kinds.Count);
            Fit(kinds[c], trains[k], propensityModels[k]).Predict(tests[k]).CopyTo(predictions[c], starts[k]);
        });
        return new CrossFitted(propensities, predictions);
    }

    private static readonly ParallelOptions TwoAtATime = new() { MaxDegreeOfParallelism = 2 };

    /// <summary>The blend's two learners, fitted side by side (they are independent).</summary>
    private OutcomeModel FitBlend(TrainingSet set, PropensityModel propensity)
    {
        OutcomeModel? linear = null, trees = null;
        Parallel.Invoke(() => linear = FitLinear(set, propensity), () => trees = Fit(CausalLearner.SLearner, set));
        return OutcomeModel.Blend(linear!, trees!);
    }

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
