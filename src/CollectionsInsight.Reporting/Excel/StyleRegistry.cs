using System.Diagnostics;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Collects the cell formats a workbook uses (number format + font + header look) and builds the styles part.
/// Style 0 is the default; others are added on first use, so the part is written after the sheets.
/// </summary>
internal sealed class StyleRegistry
{
    public const string General = "General";

    private static readonly Dictionary<string, uint> BuiltInFormats = new(StringComparer.Ordinal)
    {
        [General] = 0, ["0"] = 1, ["0.00"] = 2, ["#,##0"] = 3, ["#,##0.00"] = 4, ["0%"] = 9, ["0.00%"] = 10, ["@"] = 49,
    };

    private readonly Dictionary<string, uint> _customFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<(uint NumberFormat, StyleFont Font, bool Header, bool QuotePrefix), uint> _styles = new();
    private readonly List<(uint NumberFormat, StyleFont Font, bool Header, bool QuotePrefix)> _ordered = new();

    public StyleRegistry() => Get(General, StyleFont.Regular);

    /// <summary>The default format code of a column kind (or the column's own code).</summary>
    public static string FormatCode(ExcelColumnKind kind, string? custom = null) =>
        kind != ExcelColumnKind.Text && !string.IsNullOrWhiteSpace(custom) ? custom : kind switch
        {
            ExcelColumnKind.Integer => "#,##0",
            ExcelColumnKind.Days => "0.0",
            ExcelColumnKind.Money => "#,##0.00",
            ExcelColumnKind.Percent => "0.0%",
            ExcelColumnKind.Date => "yyyy-mm-dd",
            ExcelColumnKind.DateTime => "yyyy-mm-dd hh:mm",
            ExcelColumnKind.Text or ExcelColumnKind.Decimal => General,
            _ => throw new UnreachableException(kind.ToString()),
        };

    /// <summary>The cell format index for a number format and font; <paramref name="header"/> adds the header fill and border.</summary>
    public uint Get(string formatCode, StyleFont font = StyleFont.Regular, bool header = false) =>
        Index((NumberFormatId(formatCode), font, header, false));

    /// <summary>The same format as <paramref name="style"/>, marking text as typed text (Excel's leading apostrophe, not shown).</summary>
    public uint QuotePrefixed(uint style) => Index(_ordered[(int)style] with { QuotePrefix = true });

    private uint Index((uint NumberFormat, StyleFont Font, bool Header, bool QuotePrefix) key)
    {
        if (!_styles.TryGetValue(key, out var index))
        {
            index = (uint)_ordered.Count;
            _styles.Add(key, index);
            _ordered.Add(key);
        }
        return index;
    }

    private uint NumberFormatId(string code)
    {
        if (BuiltInFormats.TryGetValue(code, out var id)) return id;
        if (!_customFormats.TryGetValue(code, out id))
        {
            id = 164 + (uint)_customFormats.Count;
            _customFormats.Add(code, id);
        }
        return id;
    }

    public Stylesheet Build()
    {
        var stylesheet = new Stylesheet();
        if (_customFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(_customFormats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
            { Count = (uint)_customFormats.Count });
        }
        stylesheet.Append(new Fonts(
            Font(bold: false, italic: false, size: 11, colour: null),
            Font(bold: true, italic: false, size: 11, colour: null),
            Font(bold: true, italic: false, size: 14, colour: null),
            Font(bold: false, italic: true, size: 11, colour: "FF595959"))
        { Count = 4 });
        stylesheet.Append(new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 });
        stylesheet.Append(new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FF8EA9DB" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 });
        stylesheet.Append(new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        stylesheet.Append(new CellFormats(_ordered.Select(s => new CellFormat
        {
            NumberFormatId = s.NumberFormat,
            FontId = (uint)s.Font,
            FillId = s.Header ? 2U : 0U,
            BorderId = s.Header ? 1U : 0U,
            FormatId = 0,
            ApplyNumberFormat = s.NumberFormat != 0 ? true : null,
            ApplyFont = s.Font != StyleFont.Regular ? true : null,
            ApplyFill = s.Header ? true : null,
            ApplyBorder = s.Header ? true : null,
            QuotePrefix = s.QuotePrefix ? true : null,
        }))
        { Count = (uint)_ordered.Count });
        stylesheet.Append(new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(bool bold, bool italic, double size, string? colour)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size });
        if (colour is not null) font.Append(new Color { Rgb = colour });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
