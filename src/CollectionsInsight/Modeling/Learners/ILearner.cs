namespace CollectionsInsight.Modeling.Learners;

/// <summary>Fits a model for one <see cref="Objective"/>; the recommender swaps learners through this.</summary>
internal interface ILearner
{
    /// <param name="x">Training features.</param>
    /// <param name="labels">One label per row (0/1 for binary, the class index for multiclass).</param>
    /// <param name="weights">Optional non-negative case weights, one per row.</param>
    ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights);
}
