using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>Input that cannot be loaded: a missing or unreadable file, a missing column, or any issue in strict mode.</summary>
public sealed class DataLoadException(string message, DataQualityIssue? issue = null) : BadDataException(message)
{
    /// <summary>The row-level issue that failed a strict load, when that was the cause.</summary>
    public DataQualityIssue? Issue { get; } = issue;
}
