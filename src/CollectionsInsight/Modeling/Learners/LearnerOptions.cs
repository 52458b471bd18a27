namespace CollectionsInsight.Modeling.Learners;

/// <summary>Learner settings. The linear learners use only <see cref="L2"/>; the rest are XGBoost's tree parameters.</summary>
internal sealed record LearnerOptions
{
    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 42;

    public int Rounds { get; init; } = 200;

    public double LearningRate { get; init; } = 0.1;

    public int MaxDepth { get; init; } = 4;

    public double MinChildWeight { get; init; } = 1;

    public double Subsample { get; init; } = 0.8;

    public double ColSampleByTree { get; init; } = 0.8;

    /// <summary>L2 penalty on the weights (XGBoost's lambda; for linear models, on standardised coefficients).</summary>
    public double L2 { get; init; } = 1.0;
}
