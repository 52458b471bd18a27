using System.Globalization;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// A value resolved for a cell: the XML text of the value (invariant number, guarded string, "1"/"0"), the
/// number itself for charts and widths, and — for a date in a column that is not a date column — the kind
/// whose format it needs.
/// </summary>
internal readonly record struct CellContent(CellType Type, string Text, double Number = 0, ExcelColumnKind? FormatOverride = null)
{
    public static readonly CellContent Empty = new(CellType.Empty, "");

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    /// <summary>Serials before 1900-03-01 are off by one in Excel (its 1900 leap-year bug); such dates are written as text.</summary>
    private static readonly DateOnly FirstSafeDate = new(1900, 3, 1);

    public static CellContent Resolve(object? value, ExcelColumnKind kind)
    {
        if (value is null or DBNull) return Empty;
        if (kind == ExcelColumnKind.Text)
        {
            var text = FormatInvariant(value);
            return text is null ? Empty : TextCell(text);
        }
        var dateColumn = kind is ExcelColumnKind.Date or ExcelColumnKind.DateTime;
        switch (value)
        {
            case string s: return TextCell(s);
            case char c: return TextCell(c.ToString());
            case bool b: return new CellContent(CellType.Boolean, b ? "1" : "0", b ? 1 : 0);
            case double d: return NumberCell(d);
            case float f: return NumberCell(f);
            case decimal m: return new CellContent(CellType.Number, m.ToString(CultureInfo.InvariantCulture), (double)m);
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                var integer = (IFormattable)value;
                return new CellContent(CellType.Number, integer.ToString(null, CultureInfo.InvariantCulture), Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case TimeSpan span: return NumberCell(span.TotalDays);
            case DateOnly date:
                return date < FirstSafeDate
                    ? TextCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : DateCell(date.DayNumber - ExcelEpoch.DayNumber, dateColumn ? null : ExcelColumnKind.Date);
            case DateTime dateTime: return DateTimeCell(dateTime, dateColumn);
            case DateTimeOffset offset: return DateTimeCell(offset.DateTime, dateColumn);
            default:
                var other = FormatInvariant(value);
                return other is null ? Empty : TextCell(other);
        }
    }

    public static CellContent TextCell(string text) => new(CellType.Text, CellText.ForCell(text));

    private static CellContent NumberCell(double value) =>
        double.IsFinite(value) ? new CellContent(CellType.Number, value.ToString("R", CultureInfo.InvariantCulture), value) : Empty;

    private static CellContent DateCell(double serial, ExcelColumnKind? format) =>
        new(CellType.Number, serial.ToString("R", CultureInfo.InvariantCulture), serial, format);

    private static CellContent DateTimeCell(DateTime value, bool dateColumn)
    {
        if (DateOnly.FromDateTime(value) < FirstSafeDate) return TextCell(FormatInvariant(value)!);
        var serial = value.ToOADate();
        return DateCell(serial, dateColumn ? null : value.TimeOfDay == TimeSpan.Zero ? ExcelColumnKind.Date : ExcelColumnKind.DateTime);
    }

    /// <summary>The value as invariant text; <see langword="null"/> for a non-finite number (an empty cell).</summary>
    private static string? FormatInvariant(object value) => value switch
    {
        string s => s,
        bool b => b ? "TRUE" : "FALSE",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        float f => float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
