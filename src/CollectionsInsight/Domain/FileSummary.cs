namespace CollectionsInsight.Domain;

/// <summary>
/// Rows read and kept for one file, and how many rows were rejected for an error of their own rather than only for
/// naming a customer or invoice that is missing or was rejected.
/// </summary>
public sealed record FileSummary(string File, long RowsRead, long RowsKept, long RowsWithOwnErrors = 0)
{
    /// <summary>Rows read but not kept.</summary>
    public long RowsRejected => RowsRead - RowsKept;
}
