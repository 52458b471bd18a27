namespace CollectionsInsight.Modeling.Learners;

internal enum ObjectiveKind
{
    /// <summary>Labels 0/1; predictions are probabilities of 1.</summary>
    Binary,

    /// <summary>Labels 0..K-1; predictions are K probabilities per row, row-major.</summary>
    Multiclass,

    /// <summary>Real labels; predictions are values.</summary>
    Regression,
}

/// <summary>What a learner is fitted to predict.</summary>
internal sealed record Objective
{
    private Objective(ObjectiveKind kind, int classes) => (Kind, Classes) = (kind, classes);

    public static Objective Binary { get; } = new(ObjectiveKind.Binary, 2);

    public static Objective Regression { get; } = new(ObjectiveKind.Regression, 0);

    public static Objective Multiclass(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        return new(ObjectiveKind.Multiclass, classes);
    }

    public ObjectiveKind Kind { get; }

    /// <summary>Number of classes: 2 for binary, K for multiclass, 0 for regression.</summary>
    public int Classes { get; }

    /// <summary>Predictions per row.</summary>
    public int Outputs => Kind == ObjectiveKind.Multiclass ? Classes : 1;
}
