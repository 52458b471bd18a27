namespace CollectionsInsight.Reporting.Excel;

/// <summary>How the values of a column are stored and shown.</summary>
public enum ExcelColumnKind
{
    /// <summary>Text; any value is written as a string cell (numbers and dates in invariant form).</summary>
    Text,
    /// <summary>Whole numbers, shown <c>#,##0</c>.</summary>
    Integer,
    /// <summary>Numbers at full precision (Excel's General format).</summary>
    Decimal,
    /// <summary>Durations in days, shown <c>0.0</c>. A <see cref="TimeSpan"/> is written as its total days.</summary>
    Days,
    /// <summary>Amounts, shown <c>#,##0.00</c>.</summary>
    Money,
    /// <summary>Fractions (0.25 = 25%), shown <c>0.0%</c>.</summary>
    Percent,
    /// <summary>Dates as real Excel date serials, shown <c>yyyy-mm-dd</c>.</summary>
    Date,
    /// <summary>Date-times as real Excel date serials, shown <c>yyyy-mm-dd hh:mm</c>.</summary>
    DateTime,
}

/// <summary>
/// One column of a table sheet: the header text, how values are stored and shown, and optionally a width
/// (in Excel character units; by default sized from the header and the first rows).
/// </summary>
/// <param name="Header">Header text, written bold in row 1 (formula-guarded like every text cell).</param>
/// <param name="Kind">How values are stored and shown.</param>
public sealed record ExcelColumn(string Header, ExcelColumnKind Kind = ExcelColumnKind.Text)
{
    /// <summary>Column width in Excel character units; <see langword="null"/> sizes it from the header and a sample of rows.</summary>
    public double? Width { get; init; }

    /// <summary>An Excel number format code that replaces the kind's default (e.g. <c>0.000</c>); ignored for <see cref="ExcelColumnKind.Text"/>.</summary>
    public string? NumberFormat { get; init; }
}
