namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// A native Excel chart over the data rows of a table sheet: one category column and one series per value
/// column (named after the column header). The chart references the cells (e.g. <c>'Channel mix'!$B$2:$B$6</c>)
/// and carries cached values, so viewers show it without recalculating.
/// </summary>
/// <param name="Kind">Column, bar, line or stacked column chart.</param>
/// <param name="Title">Chart title.</param>
/// <param name="CategoryColumn">Zero-based index of the column with the category labels (x axis).</param>
/// <param name="ValueColumns">Zero-based indexes of the numeric columns to plot, one series each.</param>
internal sealed record ExcelChart(ExcelChartKind Kind, string Title, int CategoryColumn, IReadOnlyList<int> ValueColumns)
{
    /// <summary>Title of the category axis; none when <see langword="null"/>.</summary>
    public string? CategoryAxisTitle { get; init; }

    /// <summary>Title of the value axis; none when <see langword="null"/>.</summary>
    public string? ValueAxisTitle { get; init; }

    /// <summary>
    /// Name (as given to <see cref="ExcelSheet"/>) of the table sheet holding the data; <see langword="null"/>
    /// means the sheet the chart is placed on.
    /// </summary>
    public string? SourceSheet { get; init; }

    /// <summary>
    /// The colour of each series as RRGGBB hex, in the order of <see cref="ValueColumns"/>; <see langword="null"/>: the
    /// Okabe–Ito palette in turn.
    /// </summary>
    public IReadOnlyList<string>? SeriesColours { get; init; }

    /// <summary>Where the chart sits; by default right of the sheet's columns, charts stacked downwards.</summary>
    public ExcelChartPlacement? Placement { get; init; }
}
