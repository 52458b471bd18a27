namespace CollectionsInsight.Domain;

/// <summary>
/// What loading found: per file rows read, kept and rejected; each issue with file, line, column, value
/// and reason (the first ones listed, up to the loader's limit, all counted); and the
/// collection facts of the kept data (missing contact details, bounces, unapplied cash, ...).
/// </summary>
public sealed class DataQualityReport
{
    internal DataQualityReport(IReadOnlyList<FileSummary> files, IReadOnlyList<DataQualityIssue> issues,
        IReadOnlyList<IssueCount> issueCounts, CollectionFacts facts)
    {
        Files = files;
        Issues = issues;
        IssueCounts = issueCounts;
        Facts = facts;
    }

    /// <summary>Rows read, kept and rejected, per file in reading order.</summary>
    public IReadOnlyList<FileSummary> Files { get; }

    /// <summary>The issues listed one by one, in file and line order (capped).</summary>
    public IReadOnlyList<DataQualityIssue> Issues { get; }

    /// <summary>Every issue counted by file and reason (never capped).</summary>
    public IReadOnlyList<IssueCount> IssueCounts { get; }

    /// <summary>The collection facts of the kept data.</summary>
    public CollectionFacts Facts { get; }

    /// <summary>Errors and warnings, all counted.</summary>
    public long TotalIssues => IssueCounts.Sum(c => c.Count);

    /// <summary>Issues that kept their row: optional fields treated as missing, outlying dates.</summary>
    public long Warnings => IssueCounts.Where(c => c.Severity == IssueSeverity.Warning).Sum(c => c.Count);

    /// <summary>Rows rejected over all files.</summary>
    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    /// <summary>
    /// Files that had rows of which none could be kept, some for errors of their own: the export was not read as it is
    /// written (another delimiter, date format or mapping), and an analysis of the rest would pass for one of all the
    /// data. A file whose rows only name customers or invoices another file lacks (that file is empty, or was itself
    /// not read) is not counted: the cause is named where it lies.
    /// </summary>
    public IReadOnlyList<string> FilesWithNothingKept =>
        Files.Where(f => f.RowsRead > 0 && f.RowsKept == 0 && f.RowsWithOwnErrors > 0).Select(f => f.File).ToArray();

    /// <summary>Refuses data in which a file had rows of which none could be kept (<see cref="FilesWithNothingKept"/>).</summary>
    /// <exception cref="BadDataException">Naming the files and what to check.</exception>
    public void RequireRowsKept()
    {
        var files = FilesWithNothingKept;
        if (files.Count > 0)
            throw new BadDataException($"no row of {Plural.Listed(files)} could be kept ({Tally}){MostFrequentError(files[0])}; "
                + "validate --data DIR --out DIR lists every rejected row");
    }

    /// <summary>
    /// The error of the file's own rows met most often, shown with its first row: where no row is kept, it is most
    /// likely the setting that reads the file (its hint names it).
    /// </summary>
    private string MostFrequentError(string file)
    {
        var most = IssueCounts.Where(c => c.File == file && c.Severity == IssueSeverity.Error && !IsAboutAReference(c.Reason)).MaxBy(c => c.Count);
        if (most is null) return ": check the delimiter, date format, decimal separator and mapping";
        var first = Issues.FirstOrDefault(i => i.File == file && i.Severity == IssueSeverity.Error && i.Reason.StartsWith(most.Reason, StringComparison.Ordinal));
        return $"; most often ({Plural.Count(most.Count, "time")}) {first?.ToString() ?? most.Reason}";

        // A row rejected for the customer or invoice it names says nothing of how its own file was read.
        static bool IsAboutAReference(string reason) => reason.StartsWith("rejected with its", StringComparison.Ordinal) || reason.Contains("_id (not in ", StringComparison.Ordinal);
    }

    /// <summary>True when loading found no issue at all.</summary>
    public bool IsClean => TotalIssues == 0;

    /// <summary>The counts in words, e.g. "3 rows rejected (4 errors); 1 warning".</summary>
    public string Tally => $"{Plural.Count(RowsRejected, "row")} rejected ({Plural.Count(TotalIssues - Warnings, "error")}); {Plural.Count(Warnings, "warning")}";

    /// <summary>The report of records that were not loaded from files: nothing read, nothing wrong, only the facts.</summary>
    internal static DataQualityReport ForRecords(CollectionFacts facts) => new([], [], [], facts);
}
