using System.Diagnostics;
using System.Globalization;
using CollectionsInsight.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Writes one worksheet part with the SDK's forward-only <see cref="OpenXmlWriter"/>: rows go to the output as
/// they are enumerated, so memory stays flat however many rows there are. Only the first
/// <see cref="WidthSampleRows"/> rows are held, to size the columns (which precede the data in the XML).
/// </summary>
internal sealed class SheetStreamer
{
    public const int WidthSampleRows = 100;
    /// <summary>Excel's row limit, header included.</summary>
    public const int MaxRows = 1_048_576;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly OpenXmlWriter _writer;
    private readonly StyleRegistry _styles;
    private readonly List<OpenXmlAttribute> _attributes = new(4);
    private readonly List<OpenXmlAttribute> _preserve = [new("xml", "space", XmlNamespace, "preserve")];
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();

    private SheetStreamer(OpenXmlWriter writer, StyleRegistry styles)
    {
        _writer = writer;
        _styles = styles;
    }

    public static void Write(Stream output, SheetPlan plan, StyleRegistry styles, bool selected)
    {
        using var writer = OpenXmlWriter.Create(output);
        var streamer = new SheetStreamer(writer, styles);
        if (plan.Sheet.IsSummary) streamer.WriteSummary(plan, selected);
        else streamer.WriteTable(plan, selected);
        writer.Close();
    }

    private void WriteTable(SheetPlan plan, bool selected)
    {
        var sheet = plan.Sheet;
        var columns = sheet.Columns;
        var letters = columns.Select((_, i) => ColumnLetters(i)).ToArray();
        var formats = columns.Select(c => StyleRegistry.FormatCode(c.Kind, c.NumberFormat)).ToArray();
        var columnStyles = formats.Select(f => _styles.Get(f)).ToArray();
        var headerStyle = _styles.Get(StyleRegistry.General, StyleFont.Bold, header: true);
        var captures = new List<CellContent>?[columns.Count];
        foreach (var (column, list) in plan.Captures) captures[column] = list;
        plan.Headers = columns.Select(c => CellText.ForCell(c.Header)).ToArray();

        using var rows = sheet.Rows!.GetEnumerator();
        var sample = new List<CellContent[]>();
        var rowNumber = 1;
        while (sample.Count < WidthSampleRows && rows.MoveNext())
            sample.Add(Resolve(plan, rows.Current, ++rowNumber));

        StartWorksheet(plan);
        _writer.WriteStartElement(new SheetViews());
        _writer.WriteStartElement(new SheetView { TabSelected = selected ? true : null, WorkbookViewId = 0 });
        _writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        _writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        _writer.WriteEndElement();
        _writer.WriteEndElement();

        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var longest = sample.Count == 0 ? 0 : sample.Max(r => DisplayLength(r[c], columns[c].Kind));
            // Bold header plus the filter button; cells get a little padding.
            widths[c] = columns[c].Width ?? Math.Clamp(Math.Max(plan.Headers[c].Length * 1.15 + 3.5, longest * 1.1 + 2), 8, 60);
        }
        WriteColumns(widths);

        _writer.WriteStartElement(new SheetData());
        StartRow(1);
        for (var c = 0; c < columns.Count; c++)
            WriteCell(letters[c] + "1", CellContent.TextCell(columns[c].Header), headerStyle);
        _writer.WriteEndElement();

        var written = 0;
        void WriteDataRow(CellContent[] cells)
        {
            var number = ++written + 1;
            StartRow(number);
            var suffix = number.ToString(CultureInfo.InvariantCulture);
            for (var c = 0; c < cells.Length; c++)
            {
                var content = cells[c];
                captures[c]?.Add(content);
                if (content.Type == CellType.Empty) continue;
                var style = content.FormatOverride is { } kind ? _styles.Get(StyleRegistry.FormatCode(kind)) : columnStyles[c];
                WriteCell(letters[c] + suffix, content, style);
            }
            _writer.WriteEndElement();
        }

        foreach (var cells in sample) WriteDataRow(cells);
        sample.Clear();
        while (rows.MoveNext()) WriteDataRow(Resolve(plan, rows.Current, ++rowNumber));
        _writer.WriteEndElement(); // sheetData
        plan.DataRows = written;

        _writer.WriteElement(new AutoFilter { Reference = $"A1:{letters[^1]}{written + 1}" });
        EndWorksheet(plan);
    }

    private static CellContent[] Resolve(SheetPlan plan, IReadOnlyList<object?>? row, int rowNumber)
    {
        var columns = plan.Sheet.Columns;
        if (rowNumber > MaxRows)
            throw new InvalidOperationException($"Sheet '{plan.Name}' has more than {MaxRows - 1:N0} data rows, Excel's limit; split it into several sheets.");
        if (row is null)
            throw new InvalidOperationException($"Sheet '{plan.Name}', row {rowNumber}: the row is null.");
        if (row.Count != columns.Count)
            throw new InvalidOperationException($"Sheet '{plan.Name}', row {rowNumber}: {row.Count} values for {columns.Count} columns.");
        var cells = new CellContent[columns.Count];
        for (var c = 0; c < cells.Length; c++) cells[c] = CellContent.Resolve(row[c], columns[c].Kind);
        return cells;
    }

    private void WriteSummary(SheetPlan plan, bool selected)
    {
        var lines = plan.Sheet.SummaryLines!.ToList();
        if (lines.Any(l => l is null)) throw new InvalidOperationException($"Summary sheet '{plan.Name}' contains a null line.");
        var title = plan.Sheet.Title;
        var titleStyle = _styles.Get(StyleRegistry.General, StyleFont.Title);
        var headingStyle = _styles.Get(StyleRegistry.General, StyleFont.Bold);
        var noteStyle = _styles.Get(StyleRegistry.General, StyleFont.Note);
        var values = lines.Select(l => l.IsHeading ? CellContent.Empty : CellContent.Resolve(l.Value, l.Kind)).ToArray();

        StartWorksheet(plan);
        _writer.WriteStartElement(new SheetViews());
        _writer.WriteElement(new SheetView { TabSelected = selected ? true : null, ShowGridLines = false, WorkbookViewId = 0 });
        _writer.WriteEndElement();

        var labelWidth = lines.Select(l => CellText.ForCell(l.Label).Length).DefaultIfEmpty(0).Max();
        var valueWidth = lines.Select((l, i) => DisplayLength(values[i], l.Kind)).DefaultIfEmpty(0).Max();
        var noteWidth = lines.Select(l => l.Note is null ? 0 : CellText.ForCell(l.Note).Length).DefaultIfEmpty(0).Max();
        WriteColumns([Math.Clamp(labelWidth * 1.1 + 2, 12, 60), Math.Clamp(valueWidth * 1.1 + 2, 14, 40), Math.Clamp(noteWidth + 2, 12, 100)]);

        _writer.WriteStartElement(new SheetData());
        var row = 0;
        if (!string.IsNullOrEmpty(title))
        {
            StartRow(++row);
            WriteCell("A1", CellContent.TextCell(title), titleStyle);
            _writer.WriteEndElement();
            row++; // blank line under the title
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsHeading && i > 0) row++;
            var suffix = (++row).ToString(CultureInfo.InvariantCulture);
            StartRow(row);
            WriteCell("A" + suffix, CellContent.TextCell(line.Label), line.IsHeading ? headingStyle : 0);
            var value = values[i];
            if (value.Type != CellType.Empty)
                WriteCell("B" + suffix, value, _styles.Get(StyleRegistry.FormatCode(value.FormatOverride ?? line.Kind)));
            if (!string.IsNullOrEmpty(line.Note))
                WriteCell("C" + suffix, CellContent.TextCell(line.Note), noteStyle);
            _writer.WriteEndElement();
        }
        _writer.WriteEndElement();
        EndWorksheet(plan);
    }

    private void StartWorksheet(SheetPlan plan)
    {
        _writer.WriteStartDocument(true);
        IEnumerable<KeyValuePair<string, string>> namespaces = plan.DrawingNumber > 0
            ? [new("r", PackageWriter.RelationshipNamespace)]
            : [];
        _writer.WriteStartElement(new Worksheet(), [], namespaces);
    }

    private void EndWorksheet(SheetPlan plan)
    {
        _writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        if (plan.DrawingNumber > 0) _writer.WriteElement(new Drawing { Id = "rId1" });
        _writer.WriteEndElement();
    }

    private void WriteColumns(double[] widths)
    {
        _writer.WriteStartElement(new Columns());
        for (var c = 0; c < widths.Length; c++)
        {
            var index = (uint)(c + 1);
            _writer.WriteElement(new Column { Min = index, Max = index, Width = Math.Round(widths[c], 2), CustomWidth = true });
        }
        _writer.WriteEndElement();
    }

    private void StartRow(int number)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture)));
        _writer.WriteStartElement(_row, _attributes);
    }

    private void WriteCell(string reference, CellContent content, uint style)
    {
        // Excel's quotePrefix: shown as is, and still text if someone edits the cell.
        if (content.Type == CellType.Text && FormulaGuard.LooksLikeFormula(content.Text)) style = _styles.QuotePrefixed(style);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", reference));
        if (style != 0) _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        switch (content.Type)
        {
            case CellType.Text:
                _attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
                _writer.WriteStartElement(_cell, _attributes);
                _writer.WriteStartElement(_inline);
                if (CellText.NeedsPreserve(content.Text)) _writer.WriteStartElement(_text, _preserve);
                else _writer.WriteStartElement(_text);
                _writer.WriteString(content.Text);
                _writer.WriteEndElement();
                _writer.WriteEndElement();
                break;
            case CellType.Boolean:
                _attributes.Add(new OpenXmlAttribute("t", "", "b"));
                goto default;
            default:
                _writer.WriteStartElement(_cell, _attributes);
                _writer.WriteStartElement(_value);
                _writer.WriteString(content.Text);
                _writer.WriteEndElement();
                break;
        }
        _writer.WriteEndElement();
    }

    /// <summary>Roughly how many characters a value shows, for column widths.</summary>
    private static int DisplayLength(CellContent content, ExcelColumnKind kind)
    {
        var inv = CultureInfo.InvariantCulture;
        return content.Type switch
        {
            CellType.Empty => 0,
            CellType.Boolean => 5,
            CellType.Text => content.Text.Split('\n').Max(l => l.Length),
            CellType.Number => (content.FormatOverride ?? kind) switch
            {
                ExcelColumnKind.Date => 10,
                ExcelColumnKind.DateTime => 16,
                ExcelColumnKind.Money => content.Number.ToString("#,##0.00", inv).Length,
                ExcelColumnKind.Integer => content.Number.ToString("#,##0", inv).Length,
                ExcelColumnKind.Days => content.Number.ToString("0.0", inv).Length,
                ExcelColumnKind.Percent => content.Number.ToString("0.0%", inv).Length,
                ExcelColumnKind.Text or ExcelColumnKind.Decimal => Math.Min(content.Text.Length, 12),
                _ => throw new UnreachableException(kind.ToString()),
            },
            _ => throw new UnreachableException(content.Type.ToString()),
        };
    }

    /// <summary>Zero-based column index to letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
