namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// One column of a table sheet: the header text, how values are stored and shown, and optionally a width
/// (in Excel character units; by default sized from the header and the first rows).
/// </summary>
/// <param name="Header">Header text, written bold in row 1 (formula-guarded like every text cell).</param>
/// <param name="Kind">How values are stored and shown.</param>
internal sealed record ExcelColumn(string Header, ExcelColumnKind Kind = ExcelColumnKind.Text)
{
    /// <summary>Column width in Excel character units; <see langword="null"/> sizes it from the header and a sample of rows.</summary>
    public double? Width { get; init; }

    /// <summary>An Excel number format code that replaces the kind's default (e.g. <c>0.000</c>); ignored for <see cref="ExcelColumnKind.Text"/>.</summary>
    public string? NumberFormat { get; init; }
}
