namespace CollectionsInsight.Domain;

/// <summary>Rows read and kept for one file.</summary>
public sealed record FileSummary(string File, long RowsRead, long RowsKept)
{
    /// <summary>Rows read but not kept.</summary>
    public long RowsRejected => RowsRead - RowsKept;
}
