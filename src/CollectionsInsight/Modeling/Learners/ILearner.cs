namespace CollectionsInsight.Modeling.Learners;

/// <summary>Fits a model for one <see cref="Objective"/>; the recommender swaps learners through this.</summary>
internal interface ILearner
{
    /// <param name="x">Training features.</param>
    /// <param name="labels">One label per row (class index for multiclass).</param>
    /// <param name="weights">Optional non-negative case weights, one per row.</param>
    ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights);
}

internal interface ITrainedModel
{
    /// <summary>Probabilities (binary), K probabilities per row, row-major (multiclass), or values (regression).</summary>
    double[] Predict(FeatureMatrix x);

    /// <summary>
    /// Per-feature contributions on the margin scale (log-odds for binary), rows x (columns + 1), row-major;
    /// the last column is the bias, and each row sums to the row's margin. Not available for multiclass models.
    /// <paramref name="approximate"/> lets tree models use the per-path (Saabas) attribution instead of exact SHAP:
    /// several times faster and still summing to the margin; linear contributions are exact either way.
    /// </summary>
    double[] Contributions(FeatureMatrix x, bool approximate = false);

    /// <summary>The fitted model as JSON; each model kind restores it with its own <c>FromJson</c>.</summary>
    string ToJson();
}
