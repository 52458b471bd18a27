namespace CollectionsInsight.Loading;

/// <summary>How far loading has come in one file.</summary>
public sealed record LoadProgress(string File, long RowsRead, long BytesRead, long TotalBytes);
