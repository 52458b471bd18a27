namespace CollectionsInsight.Modeling.Learners;

/// <summary>A fitted model: predictions, per-feature contributions and its bytes for the model file.</summary>
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
