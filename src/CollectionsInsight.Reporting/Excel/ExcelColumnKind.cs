namespace CollectionsInsight.Reporting.Excel;

/// <summary>How the values of a column are stored and shown.</summary>
internal enum ExcelColumnKind
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
