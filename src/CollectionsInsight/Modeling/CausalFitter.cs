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
        var model = new MlLearner(Objective.Multiclass(Channels.Count), LearnerFamily.Linear, linear)
            .Fit(design.Features(set.X), set.Treatments.Select(t => (float)t).ToArray(), null);
        return new PropensityModel(model, design);
    }

    /// <param name="propensity">The propensity model of <paramref name="set"/> if already fitted (the linear learner uses it).</param>
    /// <exception cref="InvalidDataException">A channel no training episode got.</exception>
    public OutcomeModel Fit(CausalLearner kind, TrainingSet set, PropensityModel? propensity = null)
    {
        for (var t = 0; t < Channels.Count; t++)
        {
            if (!set.Treatments.Contains(t))
                throw new InvalidDataException(
                    $"no training episodes used {Channels.All[t].ToWord()} in their first days; the model cannot learn its effect");
        }
        var binaryTrees = new MlLearner(Objective.Binary, LearnerFamily.Trees, trees);
        return kind switch
        {
            CausalLearner.SLearner => new OutcomeModel(kind,
                [binaryTrees.Fit(OutcomeModel.WithChannels(set.X, set.Treatments), set.Outcomes, null)], null),
            CausalLearner.TLearner => new OutcomeModel(kind, Enumerable.Range(0, Channels.Count).Select(t =>
            {
                var part = set.Rows(Enumerable.Range(0, set.Count).Where(i => set.Treatments[i] == t).ToArray());
                return binaryTrees.Fit(part.X, part.Outcomes, null);
            }).ToArray(), null),
            CausalLearner.Linear => FitLinear(set, propensity ?? FitPropensity(set)),
            CausalLearner.Blend => OutcomeModel.Blend(FitLinear(set, propensity ?? FitPropensity(set)), Fit(CausalLearner.SLearner, set)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "choose a learner before fitting"),
        };
    }

    /// <summary>
    /// Out-of-fold propensities and predictions of every learner in <paramref name="kinds"/> (rows × 3 each): the rows,
    /// oldest first, are cut into <paramref name="folds"/> blocks of time, and each block is predicted by models
    /// fitted on the other blocks.
    /// </summary>
    public (double[] Propensities, double[][] Predictions) CrossFit(TrainingSet set, IReadOnlyList<CausalLearner> kinds, int folds)
    {
        var propensities = new double[set.Count * Channels.Count];
        var predictions = kinds.Select(_ => new double[set.Count * Channels.Count]).ToArray();
        for (var k = 0; k < folds; k++)
        {
            var (from, to) = (set.Count * k / folds, set.Count * (k + 1) / folds);
            var test = Enumerable.Range(from, to - from).ToArray();
            var train = set.Rows(Enumerable.Range(0, set.Count).Where(i => i < from || i >= to).ToArray());
            var x = TrainingSet.SelectRows(set.X, test);
            var propensity = FitPropensity(train);
            propensity.Predict(x).CopyTo(propensities, from * Channels.Count);
            for (var c = 0; c < kinds.Count; c++)
                Fit(kinds[c], train, propensity).Predict(x).CopyTo(predictions[c], from * Channels.Count);
        }
        return (propensities, predictions);
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
            weights[i] = (float)(1 / Math.Max(propensities[i * Channels.Count + set.Treatments[i]], clip));
        var mean = weights.Average();
        for (var i = 0; i < set.Count; i++)
            weights[i] /= mean;
        var design = LinearDesign.Of(set.X);
        var model = new MlLearner(Objective.Binary, LearnerFamily.Linear, linear)
            .Fit(design.WithChannels(set.X, set.Treatments), set.Outcomes, weights);
        return new OutcomeModel(CausalLearner.Linear, [model], design);
    }
}
