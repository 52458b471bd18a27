namespace CollectionsInsight.Domain;

/// <summary>One unusable value: where it is, what it was, why, and whether its row was rejected.</summary>
public sealed record DataQualityIssue(string File, long Line, string Column, string Value, string Reason,
    IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The issue in one line: file, line, column, value and reason.</summary>
    public override string ToString() => $"{File} line {Line}, column {Column}, value '{Value}': {Reason}";
}
