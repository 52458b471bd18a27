namespace CollectionsInsight.Modeling.Learners;

/// <summary>The kind of model a learner fits.</summary>
internal enum LearnerFamily
{
    /// <summary>Gradient-boosted trees (LightGBM).</summary>
    Trees,

    /// <summary>Regularised linear models on standardised features (L-BFGS logistic or multinomial regression, SDCA for regression).</summary>
    Linear,
}
