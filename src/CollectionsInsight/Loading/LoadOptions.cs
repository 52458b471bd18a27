namespace CollectionsInsight.Loading;

/// <summary>How <c>CollectionHistory.Load(folder, options)</c> (<see cref="CollectionHistoryLoading"/>) reads and validates the files.</summary>
public sealed record LoadOptions
{
    /// <summary>Fail on the first issue instead of rejecting the row and reporting it.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The date the data was exported. An invoice, payment or contact dated later is kept but flagged as an outlier
    /// (a warning), and cannot become the default as-of date; a later onboarding date is treated as missing.
    /// Due and promise dates may lie later. Default: today, from <see cref="TimeProvider"/>.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// The date an analysis of the data is measured as of, when it is given. Later than today, it is the export date
    /// (unless <see cref="AsOf"/> is set), so that what the analysis uses is not also reported as outlying dates.
    /// </summary>
    public DateOnly? AnalysisAsOf { get; init; }

    /// <summary>Column (and file) names of exports that do not use the data contract's names.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>How many issues the report lists one by one; all issues are still counted.</summary>
    public int MaxIssuesListed { get; init; } = 1000;

    /// <summary>The clock that gives today when <see cref="AsOf"/> is not set (tests give a fixed one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Told about every file and every 100,000 rows, for a progress display.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>The size from which the invoices file is read in two halves side by side (tests set it low to read small files so).</summary>
    internal long InvoiceHalvesFromBytes { get; init; } = 8 << 20;

    /// <summary>The export date, and how the messages about dates after it name it.</summary>
    internal (DateOnly Date, string Name) ResolveAsOf()
    {
        var today = DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);
        return (AsOf ?? AnalysisAsOf) is { } given && (AsOf is not null || given > today) ? (given, "the as-of date") : (today, "today");
    }
}
