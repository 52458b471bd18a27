using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>Fits the propensity model and the outcome learners, with K-fold cross-fitting where scores need out-of-fold predictions.</summary>
internal sealed class CausalFitter(LearnerFactory factory, LearnerFactory propensityFactory, LearnerOptions learnerOptions, int folds, double clip, int seed)
{
    /// <summary>
    /// A multiclass model of the channel given the features (probabilities of phone, email, both), with shallow,
    /// well-populated trees: smooth, calibrated probabilities matter more for inverse weighting than a sharp fit.
    /// </summary>
    public ITrainedModel FitPropensity(TrainingSet set) =>
        propensityFactory.Create(Objective.Multiclass(Channels.Count)).Fit(set.X, set.Treatments.Select(t => (float)t).ToArray(), null);

    /// <param name="propensity">The propensity model of <paramref name="set"/> if already fitted (the linear learner uses it).</param>
    public OutcomeModel Fit(CausalLearner kind, TrainingSet set, ITrainedModel? propensity = null) => kind switch
    {
        CausalLearner.SLearner => new OutcomeModel(kind,
            [factory.Create(Objective.Binary).Fit(OutcomeModel.WithChannels(set.X, set.Treatments), set.Outcomes, null)]),
        CausalLearner.TLearner => new OutcomeModel(kind, PerChannel(set, factory.Create(Objective.Binary))),
        CausalLearner.Linear => FitLinear(set, propensity ?? FitPropensity(set)),
        CausalLearner.DRLearner => FitDoublyRobust(set),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "choose a learner before fitting"),
    };

    /// <summary>
    /// Out-of-fold propensities and T-learner predictions (rows × 3 each): every row is predicted by models
    /// fitted on the other folds. Folds are a seeded random partition.
    /// </summary>
    public (double[] Propensities, double[] Predictions) CrossFit(TrainingSet set)
    {
        var order = Enumerable.Range(0, set.Count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[set.Count];
        for (var position = 0; position < order.Length; position++)
            fold[order[position]] = position % folds;

        var propensities = new double[set.Count * Channels.Count];
        var predictions = new double[set.Count * Channels.Count];
        for (var k = 0; k < folds; k++)
        {
            var test = Enumerable.Range(0, set.Count).Where(i => fold[i] == k).ToArray();
            var train = set.Rows(Enumerable.Range(0, set.Count).Where(i => fold[i] != k).ToArray());
            var x = TrainingSet.SelectRows(set.X, test);
            Scatter(FitPropensity(train).Predict(x), test, propensities);
            Scatter(Fit(CausalLearner.TLearner, train).Predict(x), test, predictions);
        }
        return (propensities, predictions);
    }

    /// <summary>
    /// The linear learner, weighted by inverse propensity (clipped): collectors phone the hard cases, so without
    /// weights each channel's slopes would describe the customers who usually got it, not the whole book.
    /// </summary>
    private OutcomeModel FitLinear(TrainingSet set, ITrainedModel propensity)
    {
        var propensities = propensity.Predict(set.X);
        var weights = new float[set.Count];
        for (var i = 0; i < set.Count; i++)
            weights[i] = (float)(1 / Math.Max(propensities[i * Channels.Count + set.Treatments[i]], clip));
        var fill = LinearLearner.Moments(set.X, Array.ConvertAll(weights, w => (double)w)).Means;
        var model = new LinearLearner(Objective.Binary, learnerOptions).Fit(ChannelDesign.Of(set.X, set.Treatments, fill), set.Outcomes, weights);
        return new OutcomeModel(CausalLearner.Linear, [model]);
    }

    private OutcomeModel FitDoublyRobust(TrainingSet set)
    {
        var (propensities, predictions) = CrossFit(set);
        var scores = DoublyRobust.Scores(set.Treatments, set.Outcomes, propensities, predictions, clip);
        var models = new ITrainedModel[Channels.Count];
        for (var t = 0; t < Channels.Count; t++)
        {
            var labels = new float[set.Count];
            for (var i = 0; i < set.Count; i++)
                labels[i] = (float)scores[i * Channels.Count + t];
            models[t] = factory.Create(Objective.Regression).Fit(set.X, labels, null);
        }
        return new OutcomeModel(CausalLearner.DRLearner, models);
    }

    private static ITrainedModel[] PerChannel(TrainingSet set, ILearner learner)
    {
        var models = new ITrainedModel[Channels.Count];
        for (var t = 0; t < Channels.Count; t++)
        {
            var rows = Enumerable.Range(0, set.Count).Where(i => set.Treatments[i] == t).ToArray();
            if (rows.Length == 0)
                throw new InvalidDataException(
                    $"no training episodes used {Channels.All[t].ToWord()} in their first days; the model cannot learn its effect");
            var part = set.Rows(rows);
            models[t] = learner.Fit(part.X, part.Outcomes, null);
        }
        return models;
    }

    private static void Scatter(double[] values, int[] rows, double[] target)
    {
        for (var r = 0; r < rows.Length; r++)
            values.AsSpan(r * Channels.Count, Channels.Count).CopyTo(target.AsSpan(rows[r] * Channels.Count, Channels.Count));
    }
}
