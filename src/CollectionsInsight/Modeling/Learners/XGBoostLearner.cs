namespace CollectionsInsight.Modeling.Learners;

/// <summary>Gradient-boosted trees through XGBoost's C API.</summary>
internal sealed class XGBoostLearner(Objective objective, LearnerOptions options) : ILearner
{
    public ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights)
    {
        using var train = DMatrix.Create(x);
        train.SetFloatInfo("label", labels);
        if (weights is not null)
            train.SetFloatInfo("weight", weights);

        var booster = Booster.Create(train);
        try
        {
            SetParams(booster);
            if (objective.Kind != ObjectiveKind.Multiclass)
                booster.SetParam("base_score", BaseScore(labels, weights));
            for (var round = 0; round < options.Rounds; round++)
                booster.UpdateOneIter(round, train);
            return new XGBoostModel(booster);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The weighted mean label, where boosting starts. XGBoost's default of 0.5 leaves a heavily regularised model
    /// (few rounds, small learning rate) short of the mean, biasing every prediction towards 0.5.
    /// </summary>
    private double BaseScore(float[] labels, float[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var w = weights?[i] ?? 1;
            (sum, total) = (sum + w * labels[i], total + w);
        }
        var mean = total > 0 ? sum / total : 0.5;
        return objective.Kind == ObjectiveKind.Binary ? Math.Clamp(mean, 1e-6, 1 - 1e-6) : mean;
    }

    private void SetParams(Booster booster)
    {
        booster.SetParam("objective", objective.Kind switch
        {
            ObjectiveKind.Binary => "binary:logistic",
            ObjectiveKind.Multiclass => "multi:softprob",
            _ => "reg:squarederror",
        });
        if (objective.Kind == ObjectiveKind.Multiclass)
            booster.SetParam("num_class", objective.Classes);
        // "auto" switches method with the data size; fixing it keeps results comparable across data sets.
        booster.SetParam("tree_method", "hist");
        booster.SetParam("eta", options.LearningRate);
        booster.SetParam("max_depth", options.MaxDepth);
        booster.SetParam("min_child_weight", options.MinChildWeight);
        booster.SetParam("subsample", options.Subsample);
        booster.SetParam("colsample_bytree", options.ColSampleByTree);
        booster.SetParam("lambda", options.L2);
        booster.SetParam("nthread", options.Threads);
        booster.SetParam("seed", options.Seed);
    }
}
