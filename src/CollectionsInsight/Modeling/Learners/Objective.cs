namespace CollectionsInsight.Modeling.Learners;

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
