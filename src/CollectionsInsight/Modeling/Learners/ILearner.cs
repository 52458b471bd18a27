namespace CollectionsInsight.Modeling.Learners;

/// <summary>Fits a model for one <see cref="Objective"/>; the recommender swaps learners through this.</summary>
internal interface ILearner
{
    /// <param name="x">Training features.</param>
    /// <param name="labels">One label per row (0/1 for binary, the class index for multiclass).</param>
    /// <param name="weights">Optional non-negative case weights, one per row.</param>
    ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights);
}

internal interface ITrainedModel
{
    /// <summary>Probabilities (binary), K probabilities per row, row-major (multiclass), or values (regression).</summary>
    double[] Predict(FeatureMatrix x);

    /// <summary>
    /// Per-feature contributions to each row's score (log-odds for binary models), rows × columns, row-major: tree-path
    /// attribution for trees, weight × scaled value for linear models. Binary models only.
    /// </summary>
    double[] Contributions(FeatureMatrix x);

    /// <summary>The fitted model as bytes (an ML.NET model archive); <see cref="MlModel.FromBytes"/> restores it.</summary>
    byte[] ToBytes();
}

/// <summary>The kind of model a learner fits.</summary>
internal enum LearnerFamily
{
    /// <summary>Gradient-boosted trees (LightGBM).</summary>
    Trees,

    /// <summary>Regularised linear models on standardised features (L-BFGS logistic or multinomial regression, SDCA for regression).</summary>
    Linear,
}
