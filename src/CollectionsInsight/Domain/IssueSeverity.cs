namespace CollectionsInsight.Domain;

/// <summary>
/// How bad an issue is. An <see cref="Error"/> rejects the row (a required field is unusable); a
/// <see cref="Warning"/> keeps it (an optional field is treated as missing, or a date is set aside as an outlier).
/// </summary>
public enum IssueSeverity
{
    /// <summary>The row was rejected.</summary>
    Error,
    /// <summary>The row was kept.</summary>
    Warning,
}
