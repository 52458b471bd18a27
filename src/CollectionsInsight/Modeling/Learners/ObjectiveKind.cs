namespace CollectionsInsight.Modeling.Learners;

/// <summary>The kind of labels and predictions of an <see cref="Objective"/>.</summary>
internal enum ObjectiveKind
{
    /// <summary>Labels 0/1; predictions are probabilities of 1.</summary>
    Binary,

    /// <summary>Labels 0..K-1; predictions are K probabilities per row, row-major.</summary>
    Multiclass,

    /// <summary>Real labels; predictions are values.</summary>
    Regression,
}
