namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// A worksheet to write: either a table (bold frozen header row, auto-filter, typed columns, rows streamed
/// once) or a summary (label / value / note lines under headings). Build with <see cref="Table"/> or
/// <see cref="Summary"/>; add charts with <see cref="WithCharts"/>.
/// </summary>
internal sealed class ExcelSheet
{
    private ExcelSheet(string name, IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyList<object?>>? rows,
        IEnumerable<ExcelSummaryLine>? summaryLines, string? title, IReadOnlyList<ExcelChart> charts)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        SummaryLines = summaryLines;
        Title = title;
        Charts = charts;
    }

    /// <summary>The requested name; the writer makes it valid and unique (at most 31 characters, no <c>:\/?*[]</c>).</summary>
    public string Name { get; }

    /// <summary>The columns of a table sheet; empty for a summary sheet.</summary>
    public IReadOnlyList<ExcelColumn> Columns { get; }

    /// <summary>Charts placed on this sheet.</summary>
    public IReadOnlyList<ExcelChart> Charts { get; }

    /// <summary>True for a summary sheet.</summary>
    public bool IsSummary => SummaryLines is not null;

    internal IEnumerable<IReadOnlyList<object?>>? Rows { get; }
    internal IEnumerable<ExcelSummaryLine>? SummaryLines { get; }
    internal string? Title { get; }

    /// <summary>
    /// A table sheet. <paramref name="rows"/> is enumerated once, while the file is written, so it can be a lazy
    /// query over millions of records; each row holds one value per column (<see langword="null"/> = empty cell).
    /// </summary>
    public static ExcelSheet Table(string name, IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0) throw new ArgumentException($"Sheet '{name}' needs at least one column.", nameof(columns));
        if (columns.Count > 16_384) throw new ArgumentException($"Sheet '{name}' has {columns.Count} columns; Excel allows 16,384.", nameof(columns));
        return new ExcelSheet(name, columns.ToArray(), rows, null, null, []);
    }

    /// <summary>A summary sheet: an optional bold title, then label / value / note lines under headings.</summary>
    public static ExcelSheet Summary(string name, IEnumerable<ExcelSummaryLine> lines, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lines);
        return new ExcelSheet(name, [], null, lines, title, []);
    }

    /// <summary>A copy of this sheet with <paramref name="charts"/> added.</summary>
    public ExcelSheet WithCharts(params IEnumerable<ExcelChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return new ExcelSheet(Name, Columns, Rows, SummaryLines, Title, [.. Charts, .. charts]);
    }
}
