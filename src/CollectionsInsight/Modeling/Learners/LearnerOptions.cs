namespace CollectionsInsight.Modeling.Learners;

/// <summary>Learner settings: the tree parameters and the linear models' L2 penalty.</summary>
internal sealed record LearnerOptions
{
    public int Seed { get; init; } = 42;

    /// <summary>Boosting rounds.</summary>
    public int Trees { get; init; } = 300;

    public int Leaves { get; init; } = 16;

    public double LearningRate { get; init; } = 0.05;

    /// <summary>At least this many rows per leaf: smooth probabilities rather than a sharp fit of a few episodes.</summary>
    public int MinLeafRows { get; init; } = 40;

    /// <summary>L2 penalty of the linear models on standardised coefficients (and of the tree leaves).</summary>
    public double L2 { get; init; } = 1.0;
}
