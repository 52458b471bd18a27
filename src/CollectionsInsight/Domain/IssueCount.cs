namespace CollectionsInsight.Domain;

/// <summary>How often one kind of issue occurred in one file.</summary>
public sealed record IssueCount(string File, string Reason, long Count, IssueSeverity Severity = IssueSeverity.Error);
