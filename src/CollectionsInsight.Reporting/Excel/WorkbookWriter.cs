using System.IO.Compression;
using CollectionsInsight.IO;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Writes .xlsx workbooks: table sheets (bold frozen header, auto-filter, typed and formatted columns),
/// summary sheets and native Excel charts. Rows are streamed — enumerated once and written as they come —
/// so a sheet of half a million rows needs no more memory than a small one. Every text cell is
/// formula-guarded (<see cref="FormulaGuard"/>) and written as a string, never as a formula; numbers are numeric
/// cells (NaN and infinities become empty cells); dates are real Excel dates. The same sheets give the same bytes.
/// </summary>
internal static class WorkbookWriter
{
    private const string SheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    /// <summary>
    /// Writes the workbook to <paramref name="path"/> completely or not at all: if anything fails — including
    /// an exception from a sheet's rows — no file is left behind and an existing file is unchanged.
    /// </summary>
    public static void Write(string path, IReadOnlyList<ExcelSheet> sheets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var plans = WorkbookPlan.Create(sheets);
        AtomicOutput.WriteFile(path, stream => Write(stream, plans));
    }

    /// <summary>Writes the workbook to <paramref name="stream"/> (which is left open); the stream need not be seekable.</summary>
    public static void Write(Stream stream, IReadOnlyList<ExcelSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Write(stream, WorkbookPlan.Create(sheets));
    }

    private static void Write(Stream stream, IReadOnlyList<SheetPlan> sheets)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var package = new PackageWriter(archive);
        var charts = sheets.SelectMany(s => s.Charts).ToList();

        package.WriteContentTypes(
            new[] { ("/xl/workbook.xml", $"{SheetMl}.sheet.main+xml"), ("/xl/styles.xml", $"{SheetMl}.styles+xml") }
            .Concat(sheets.Select(s => ($"/xl/worksheets/sheet{s.Number}.xml", $"{SheetMl}.worksheet+xml")))
            .Concat(sheets.Where(s => s.DrawingNumber > 0).Select(s => ($"/xl/drawings/drawing{s.DrawingNumber}.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")))
            .Concat(charts.Select(c => ($"/xl/charts/chart{c.Number}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))));
        package.WriteRelationships("_rels/.rels", [("rId1", "officeDocument", "xl/workbook.xml")]);

        var styles = new StyleRegistry();
        foreach (var sheet in sheets)
        {
            using (var part = package.OpenPart($"xl/worksheets/sheet{sheet.Number}.xml", CompressionLevel.Fastest))
                SheetStreamer.Write(part, sheet, styles, selected: sheet.Number == 1);
            if (sheet.DrawingNumber > 0)
                package.WriteRelationships($"xl/worksheets/_rels/sheet{sheet.Number}.xml.rels", [("rId1", "drawing", $"../drawings/drawing{sheet.DrawingNumber}.xml")]);
        }

        // Charts go last: their cached values are captured while their source sheets stream.
        foreach (var sheet in sheets.Where(s => s.DrawingNumber > 0))
        {
            package.WritePart($"xl/drawings/drawing{sheet.DrawingNumber}.xml", ChartBuilder.BuildDrawing(sheet.Charts));
            package.WriteRelationships($"xl/drawings/_rels/drawing{sheet.DrawingNumber}.xml.rels",
                sheet.Charts.Select((c, i) => ($"rId{i + 1}", "chart", $"../charts/chart{c.Number}.xml")));
        }
        foreach (var chart in charts)
            package.WritePart($"xl/charts/chart{chart.Number}.xml", ChartBuilder.Build(chart));

        package.WritePart("xl/styles.xml", styles.Build());
        package.WritePart("xl/workbook.xml", BuildWorkbook(sheets));
        package.WriteRelationships("xl/_rels/workbook.xml.rels",
            sheets.Select(s => ($"rId{s.Number}", "worksheet", $"worksheets/sheet{s.Number}.xml"))
                .Append(($"rId{sheets.Count + 1}", "styles", "styles.xml")));
    }

    private static Workbook BuildWorkbook(IReadOnlyList<SheetPlan> sheets)
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(sheets.Select(s => new Sheet { Name = s.Name, SheetId = (uint)s.Number, Id = $"rId{s.Number}" })));
        // Excel keeps each auto-filter's range in a hidden name; writing it avoids a repair prompt in older versions.
        var filters = sheets.Where(s => !s.Sheet.IsSummary).Select(s => new DefinedName(
                $"{s.QuotedName}!$A$1:${SheetStreamer.ColumnLetters(s.Sheet.Columns.Count - 1)}${s.DataRows + 1}")
        { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)(s.Number - 1), Hidden = true }).ToList();
        if (filters.Count > 0) workbook.Append(new DefinedNames(filters));
        workbook.AddNamespaceDeclaration("r", PackageWriter.RelationshipNamespace);
        return workbook;
    }
}
