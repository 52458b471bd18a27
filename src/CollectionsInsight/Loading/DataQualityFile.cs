using CollectionsInsight.Domain;
using CollectionsInsight.IO;

namespace CollectionsInsight.Loading;

/// <summary>
/// data_quality.csv: one row per file (kind = file), one per issue count (kind = count), then one per listed issue.
/// Counts and issues say their severity: an error rejected the row, a warning kept it with the value treated as
/// missing. The Excel report shows the same rows.
/// </summary>
public static class DataQualityFile
{
    /// <summary>The header of data_quality.csv.</summary>
    public static readonly IReadOnlyList<string> Columns = ["kind", "file", "line", "column", "value", "reason", "count", "severity"];

    /// <summary>The rows; <paramref name="present"/>, if given, rewrites each issue first (e.g. to mask personal data).</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(DataQualityReport quality, Func<DataQualityIssue, DataQualityIssue>? present = null) =>
        quality.Files.Select(f => (IReadOnlyList<object?>)["file", f.File, null, null, null, $"read {f.RowsRead}, kept {f.RowsKept}, rejected {f.RowsRejected}", f.RowsRejected, null])
            .Concat(quality.IssueCounts.Select(c => (IReadOnlyList<object?>)["count", c.File, null, null, null, c.Reason, c.Count, c.Severity.ToWord()]))
            .Concat(quality.Issues.Select(present ?? (i => i)).Select(i => (IReadOnlyList<object?>)["issue", i.File, i.Line, i.Column, i.Value, i.Reason, 1L, i.Severity.ToWord()]));

    /// <summary>Writes data_quality.csv completely or not at all.</summary>
    public static void Write(string path, DataQualityReport quality, Func<DataQualityIssue, DataQualityIssue>? present = null) =>
        CsvOutput.Write(path, Columns, Rows(quality, present));
}
