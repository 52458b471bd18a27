using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Excel;

/// <summary>Reads back written workbooks for assertions.</summary>
internal static class XlsxAssert
{
    private static readonly Dictionary<uint, string> BuiltInFormats = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [49] = "@",
    };

    /// <summary>No validation errors for the oldest Excel that reads .xlsx (2007) nor for the newest the SDK knows (Microsoft 365).</summary>
    public static void Valid(SpreadsheetDocument document, ITestOutputHelper? output = null)
    {
        var errors = new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(document).Select(e => (version, e)))
            .Select(x => $"{x.version} {x.e.ErrorType} {x.e.Part?.Uri} {x.e.Path?.XPath}: {x.e.Description}").ToList();
        foreach (var e in errors) output?.WriteLine(e);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    public static IReadOnlyList<string> SheetNames(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    public static Dictionary<string, Cell> Cells(WorksheetPart part) =>
        part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    public static string? Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString!.Text!.Text;
        return cell.CellValue?.Text;
    }

    public static CellFormat Format(SpreadsheetDocument document, Cell cell)
    {
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return formats[(int)(cell.StyleIndex?.Value ?? 0)];
    }

    public static string FormatCode(SpreadsheetDocument document, Cell cell)
    {
        var id = Format(document, cell).NumberFormatId?.Value ?? 0;
        if (BuiltInFormats.TryGetValue(id, out var code)) return code;
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!
            .Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }

    public static bool IsBold(SpreadsheetDocument document, Cell cell)
    {
        var fonts = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        return fonts[(int)Format(document, cell).FontId!.Value].Elements<Bold>().Any();
    }
}
