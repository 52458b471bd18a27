using CollectionsInsight.Reporting.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace CollectionsInsight.Reporting.Tests.Excel;

public sealed class WorkbookWriterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly ExcelColumn[] MixColumns =
    [
        new("Channel mix"),
        new("Invoices", ExcelColumnKind.Integer),
        new("Median days to pay", ExcelColumnKind.Days),
        new("Paid within 30 days", ExcelColumnKind.Percent),
        new("Open amount", ExcelColumnKind.Money),
    ];

    private static readonly object?[][] MixRows =
    [
        ["none", 120, 41.5, 0.42, 120_500.25m],
        ["phone", 80, 33.0, 0.61, 80_000m],
        ["email", 150, 29.25, 0.66, 99_999.99m],
        ["both", 60, 38.0, 0.55, 45_000.5m],
        ["other", 10, 50.0, 0.3, 1_000m],
    ];

    private static ExcelSheet ChannelMix() => ExcelSheet.Table("Channel mix", MixColumns, MixRows)
        .WithCharts(
            new ExcelChart(ExcelChartKind.Column, "Median days to pay by channel", 0, [2]) { CategoryAxisTitle = "Channel mix", ValueAxisTitle = "Days" },
            new ExcelChart(ExcelChartKind.Bar, "Paid within 30 days", 0, [3]));

    private static ExcelSheet DsoMonthly() => ExcelSheet.Table("DSO monthly",
        [new("Month", ExcelColumnKind.Date), new("DSO", ExcelColumnKind.Days), new("Best possible DSO", ExcelColumnKind.Days)],
        Enumerable.Range(0, 12).Select(m => (IReadOnlyList<object?>)[new DateOnly(2025, 1, 1).AddMonths(m), 40.0 + m, 30.0 + m / 2.0]))
        .WithCharts(new ExcelChart(ExcelChartKind.Line, "DSO by month", 0, [1, 2]) { ValueAxisTitle = "Days" });

    private static ExcelSheet Summary() => ExcelSheet.Summary("Summary",
    [
        ExcelSummaryLine.Heading("Portfolio"),
        new("Invoices", 420, ExcelColumnKind.Integer),
        new("Open AR", 346_500.74m, ExcelColumnKind.Money, "Sum of open invoice amounts at the as-of date"),
        new("As of", new DateOnly(2025, 6, 30), ExcelColumnKind.Date),
        ExcelSummaryLine.Heading("DSO"),
        new("DSO (90 days)", 41.234, ExcelColumnKind.Days, "AR / credit sales × 90"),
        new("CEI", 0.873, ExcelColumnKind.Percent),
    ], title: "Collections insight");

    private string WriteFull()
    {
        var path = _folder.File("full.xlsx");
        WorkbookWriter.Write(path, [Summary(), ChannelMix(), DsoMonthly()]);
        return path;
    }

    [Fact]
    public void Write_FullWorkbook_ValidatorReportsNoErrors()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_SeveralSheets_NamesInGivenOrder()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        Assert.Equal(["Summary", "Channel mix", "DSO monthly"], XlsxAssert.SheetNames(document));
    }

    [Fact]
    public void Write_TableSheet_BoldHeaderAndCellValues()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Channel mix"));

        Assert.Equal("Channel mix", XlsxAssert.Text(cells["A1"]));
        Assert.Equal("Open amount", XlsxAssert.Text(cells["E1"]));
        Assert.True(XlsxAssert.IsBold(document, cells["A1"]));
        Assert.False(XlsxAssert.IsBold(document, cells["A2"]));
        Assert.Equal("phone", XlsxAssert.Text(cells["A3"]));
        Assert.Equal("80", XlsxAssert.Text(cells["B3"]));
        Assert.Equal(29.25, double.Parse(XlsxAssert.Text(cells["C4"])!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("120500.25", XlsxAssert.Text(cells["E2"]));
        Assert.Null(cells["B3"].DataType); // numbers are numeric cells
        Assert.Equal(6, cells.Keys.Count(k => k.StartsWith('A')));
    }

    [Fact]
    public void Write_TypedColumns_NumberFormatsOnTheRightColumns()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Channel mix"));

        Assert.Equal("General", XlsxAssert.FormatCode(document, cells["A2"]));
        Assert.Equal("#,##0", XlsxAssert.FormatCode(document, cells["B2"]));
        Assert.Equal("0.0", XlsxAssert.FormatCode(document, cells["C2"]));
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, cells["D2"]));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, cells["E6"]));
    }

    [Fact]
    public void Write_DateColumn_NumericSerialsWithDateFormat()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "DSO monthly"));

        var march = cells["A4"];
        Assert.Null(march.DataType);
        Assert.Equal(new DateTime(2025, 3, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), march.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd", XlsxAssert.FormatCode(document, march));
    }

    [Fact]
    public void Write_TableSheet_FrozenHeaderAndAutoFilterOverData()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var worksheet = XlsxAssert.Sheet(document, "Channel mix").Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:E6", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var filterName = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.LocalSheetId!.Value == 1);
        Assert.Equal("'Channel mix'!$A$1:$E$6", filterName.Text);
    }

    [Fact]
    public void Write_ColumnsWithoutWidth_SizedFromHeaderAndExplicitWidthKept()
    {
        var path = _folder.File("widths.xlsx");
        WorkbookWriter.Write(path, [ExcelSheet.Table("T",
            [new("Id"), new("A much longer header text"), new("Fixed") { Width = 33 }],
            [["x", "y", "z"]])]);

        using var document = SpreadsheetDocument.Open(path, false);
        var widths = XlsxAssert.Sheet(document, "T").Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.True(widths[1] > widths[0] && widths[1] > 25, string.Join(", ", widths));
        Assert.Equal(33, widths[2]);
    }

    [Fact]
    public void Write_SummarySheet_LabelsValuesAndFormats()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));

        Assert.Equal("Collections insight", XlsxAssert.Text(cells["A1"]));
        Assert.Equal("Portfolio", XlsxAssert.Text(cells["A3"]));
        Assert.True(XlsxAssert.IsBold(document, cells["A3"]));
        Assert.Equal("Open AR", XlsxAssert.Text(cells["A5"]));
        Assert.Equal("346500.74", XlsxAssert.Text(cells["B5"]));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, cells["B5"]));
        Assert.Equal("Sum of open invoice amounts at the as-of date", XlsxAssert.Text(cells["C5"]));
        Assert.Equal("yyyy-mm-dd", XlsxAssert.FormatCode(document, cells["B6"]));
        Assert.Equal("DSO", XlsxAssert.Text(cells["A8"])); // blank row before a heading
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, cells["B10"]));
    }

    [Fact]
    public void Write_BarAndColumnCharts_NativeChartsReferencingTheRanges()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var drawing = XlsxAssert.Sheet(document, "Channel mix").DrawingsPart!;
        Assert.Equal(2, drawing.WorksheetDrawing.Elements<Xdr.TwoCellAnchor>().Count());

        var bars = drawing.ChartParts.Select(p => p.ChartSpace.Descendants<C.BarChart>().Single()).ToList();
        Assert.Equal([C.BarDirectionValues.Column, C.BarDirectionValues.Bar], bars.Select(b => b.BarDirection!.Val!.Value));
        Assert.All(bars, b => Assert.Equal(C.BarGroupingValues.Clustered, b.BarGrouping!.Val!.Value));

        var series = bars[0].Elements<C.BarChartSeries>().Single();
        Assert.Equal("'Channel mix'!$A$2:$A$6", series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Channel mix'!$C$2:$C$6", series.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Channel mix'!$C$1", series.SeriesText!.Descendants<C.Formula>().Single().Text);
        Assert.Equal(["none", "phone", "email", "both", "other"],
            series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text));
        Assert.Equal(["41.5", "33", "29.25", "38", "50"],
            series.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.NumericValue!.Text));
        Assert.Equal("Median days to pay", series.SeriesText!.Descendants<C.NumericValue>().Single().Text);
    }

    [Fact]
    public void Write_StackedColumnChartWithColours_SeriesStackedFullyOverlappingInTheirColours()
    {
        var path = _folder.File("stacked.xlsx");
        var table = ExcelSheet.Table("Aging", [new("Bucket"), new("none", ExcelColumnKind.Money), new("phone", ExcelColumnKind.Money)],
            [["1-30", 100m, 50m], ["31-60", 20m, 70m]])
            .WithCharts(new ExcelChart(ExcelChartKind.StackedColumn, "Overdue", 0, [1, 2]) { SeriesColours = ["8C8C8C", "0072B2"] });

        WorkbookWriter.Write(path, [table]);

        using var document = SpreadsheetDocument.Open(path, false);
        var bar = XlsxAssert.Sheet(document, "Aging").DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<C.BarChart>().Single();
        Assert.Equal((C.BarDirectionValues.Column, C.BarGroupingValues.Stacked), (bar.BarDirection!.Val!.Value, bar.BarGrouping!.Val!.Value));
        Assert.Equal(100, bar.GetFirstChild<C.Overlap>()!.Val!.Value);
        Assert.Equal(["8C8C8C", "0072B2"], bar.Elements<C.BarChartSeries>()
            .Select(s => s.ChartShapeProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value));
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_ChartWithAColourPerSeriesWrong_ThrowsBeforeWriting()
    {
        var path = _folder.File("bad-colours.xlsx");
        var table = ExcelSheet.Table("T", [new("A"), new("B", ExcelColumnKind.Decimal), new("C", ExcelColumnKind.Decimal)], [["x", 1.0, 2.0]]);

        string[][] wrong = [["0072B2"], ["0072B2", "blue"], ["0072B2", "#0072B"]];
        foreach (var colours in wrong)
        {
            var error = Assert.Throws<ArgumentException>(() => WorkbookWriter.Write(path,
                [table.WithCharts(new ExcelChart(ExcelChartKind.StackedColumn, "c", 0, [1, 2]) { SeriesColours = colours })]));
            Assert.Contains("needs one RRGGBB colour per value column", error.Message);
        }
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_LineChartOverDates_TwoSeriesWithNumericCategories()
    {
        using var document = SpreadsheetDocument.Open(WriteFull(), false);
        var chart = XlsxAssert.Sheet(document, "DSO monthly").DrawingsPart!.ChartParts.Single().ChartSpace;
        var line = chart.Descendants<C.LineChart>().Single();
        var series = line.Elements<C.LineChartSeries>().ToList();

        Assert.Equal(2, series.Count);
        Assert.Equal("'DSO monthly'!$C$2:$C$13", series[1].GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        var categories = series[0].GetFirstChild<C.CategoryAxisData>()!.GetFirstChild<C.NumberReference>()!;
        Assert.Equal("'DSO monthly'!$A$2:$A$13", categories.Formula!.Text);
        Assert.Equal("yyyy-mm-dd", categories.NumberingCache!.FormatCode!.Text);
        Assert.Equal(12u, categories.NumberingCache.PointCount!.Val!.Value);
        Assert.Equal("DSO by month", chart.Descendants<C.Title>().First().InnerText);
    }

    [Fact]
    public void Write_FormulaLikeText_LiteralStringsMarkedAsTypedTextAndNoFormulas()
    {
        string[] hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "plain"];
        var path = _folder.File("injection.xlsx");
        WorkbookWriter.Write(path,
        [
            ExcelSheet.Table("Customers", [new("=Header"), new("Amount", ExcelColumnKind.Money)],
                hostile.Select(h => (IReadOnlyList<object?>)[h, h == "plain" ? "=1+1" : 1m])),
            ExcelSheet.Summary("Summary", [new("=cmd|'/c calc'!A1", "-1", Note: "@note")]),
        ]);

        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Customers"));
        bool TypedText(Cell cell) => XlsxAssert.Format(document, cell).QuotePrefix?.Value == true;
        Assert.Equal("=Header", XlsxAssert.Text(cells["A1"]));
        Assert.True(TypedText(cells["A1"]));
        for (var i = 0; i < hostile.Length; i++)
        {
            var cell = cells[$"A{i + 2}"];
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal(hostile[i], XlsxAssert.Text(cell));
            Assert.Equal(hostile[i] != "plain", TypedText(cell));
        }
        Assert.Equal("=1+1", XlsxAssert.Text(cells["B7"])); // text in a number column stays text
        Assert.True(TypedText(cells["B7"]));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, cells["B7"]));
        var summary = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));
        Assert.Equal(["=cmd|'/c calc'!A1", "-1", "@note"], new[] { "A1", "B1", "C1" }.Select(r => XlsxAssert.Text(summary[r])));
        Assert.All(new[] { "A1", "B1", "C1" }, r => Assert.True(TypedText(summary[r])));
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_HostileSheetNames_SanitisedUniqueAndValid()
    {
        var path = _folder.File("names.xlsx");
        string[] requested = ["a/b:c*?[d]", "A/B:C*?[D]", "", "History", "'quoted'", new string('x', 40), new string('x', 40), "Tab\tname"];
        WorkbookWriter.Write(path, requested.Select(n => ExcelSheet.Table(n, [new("V")], [["1"]])
            .WithCharts(new ExcelChart(ExcelChartKind.Column, "c", 0, [0]))).ToList());

        using var document = SpreadsheetDocument.Open(path, false);
        var names = XlsxAssert.SheetNames(document);
        Assert.Equal(["a_b_c___d_", "A_B_C___D_ (2)", "Sheet3", "History_", "quoted", new string('x', 31), new string('x', 27) + " (2)", "Tab_name"], names);
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_NonFiniteNumbersAndNulls_EmptyCells()
    {
        var path = _folder.File("nan.xlsx");
        WorkbookWriter.Write(path, [ExcelSheet.Table("T", [new("X", ExcelColumnKind.Decimal), new("Y", ExcelColumnKind.Text)],
            [[double.NaN, null], [double.PositiveInfinity, double.NaN], [float.NegativeInfinity, ""], [1.5, "ok"]])]);

        using var document = SpreadsheetDocument.Open(path, false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "T"));
        Assert.Equal(["A1", "B1", "B4", "A5", "B5"], cells.Keys);
        Assert.Equal("", XlsxAssert.Text(cells["B4"]));
    }

    [Fact]
    public void Write_RowsThrowMidway_NoFileLeftBehindAndOldFileKept()
    {
        var path = _folder.File("broken.xlsx");
        File.WriteAllText(path, "previous");
        static IEnumerable<IReadOnlyList<object?>> Rows()
        {
            for (var i = 0; i < 500; i++)
            {
                if (i == 300) throw new InvalidDataException("source failed");
                yield return [i];
            }
        }

        Assert.Throws<InvalidDataException>(() => WorkbookWriter.Write(path, [ExcelSheet.Table("T", [new("N", ExcelColumnKind.Integer)], Rows())]));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
        File.Delete(path);
        Assert.Throws<InvalidDataException>(() => WorkbookWriter.Write(path, [ExcelSheet.Table("T", [new("N", ExcelColumnKind.Integer)], Rows())]));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Write_RowWithWrongNumberOfValues_ThrowsNamingSheetAndRow()
    {
        var path = _folder.File("wrong.xlsx");
        var error = Assert.Throws<InvalidOperationException>(() => WorkbookWriter.Write(path,
            [ExcelSheet.Table("Worklist", [new("A"), new("B")], [["1", "2"], ["3"]])]));
        Assert.Contains("'Worklist', row 3", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_ChartOnUnknownSheetOrColumn_ThrowsBeforeWriting()
    {
        var path = _folder.File("bad-chart.xlsx");
        var table = ExcelSheet.Table("T", [new("A"), new("B", ExcelColumnKind.Decimal)], [["x", 1.0]]);
        Assert.Throws<ArgumentException>(() => WorkbookWriter.Write(path, [table.WithCharts(new ExcelChart(ExcelChartKind.Line, "c", 0, [2]))]));
        Assert.Throws<ArgumentException>(() => WorkbookWriter.Write(path, [table.WithCharts(new ExcelChart(ExcelChartKind.Line, "c", 0, [1]) { SourceSheet = "Nope" })]));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_ChartOnOtherSheet_ReadsItsSourceSheet()
    {
        var path = _folder.File("cross.xlsx");
        WorkbookWriter.Write(path, [Summary().WithCharts(new ExcelChart(ExcelChartKind.Column, "Mix", 0, [1, 2]) { SourceSheet = "Channel mix" }), ChannelMix()]);

        using var document = SpreadsheetDocument.Open(path, false);
        var chart = XlsxAssert.Sheet(document, "Summary").DrawingsPart!.ChartParts.Single().ChartSpace;
        Assert.Equal(["'Channel mix'!$B$2:$B$6", "'Channel mix'!$C$2:$C$6"],
            chart.Descendants<C.Values>().Select(v => v.Descendants<C.Formula>().Single().Text));
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_AwkwardValues_ValidWorkbook()
    {
        var path = _folder.File("awkward.xlsx");
        WorkbookWriter.Write(path, [ExcelSheet.Table("It's",
            [new("Text"), new("When", ExcelColumnKind.DateTime), new("Any", ExcelColumnKind.Decimal), new("Custom", ExcelColumnKind.Decimal) { NumberFormat = "0.000" }],
            [
                ["bell\u0007 and lone \uD800 surrogate", new DateTime(2025, 3, 4, 9, 30, 0), true, 0.12345],
                ["  padded\nmultiline  ", new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(2)), new DateOnly(1899, 1, 1), 1],
                [new string('y', 40_000), null, TimeSpan.FromHours(36), DayOfWeek.Monday],
            ]).WithCharts(new ExcelChart(ExcelChartKind.Line, "Quote's", 1, [3]))]);

        using var document = SpreadsheetDocument.Open(path, false);
        XlsxAssert.Valid(document, output);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "It's"));
        Assert.Equal("bell and lone \uFFFD surrogate", XlsxAssert.Text(cells["A2"]));
        Assert.Equal("  padded\nmultiline  ", XlsxAssert.Text(cells["A3"]));
        Assert.Equal(32_767, XlsxAssert.Text(cells["A4"])!.Length);
        Assert.Equal("yyyy-mm-dd hh:mm", XlsxAssert.FormatCode(document, cells["B2"]));
        Assert.Equal(CellValues.Boolean, cells["C2"].DataType!.Value);
        Assert.Equal("1899-01-01", XlsxAssert.Text(cells["C3"])); // before Excel's reliable date range
        Assert.Equal("1.5", XlsxAssert.Text(cells["C4"]));
        Assert.Equal("0.000", XlsxAssert.FormatCode(document, cells["D2"]));
        var formula = XlsxAssert.Sheet(document, "It's").DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<C.Formula>().First().Text;
        Assert.Equal("'It''s'!$D$1", formula);
    }

    [Fact]
    public void Write_TableWithoutRows_HeaderOnlyFilterAndValidChart()
    {
        var path = _folder.File("empty.xlsx");
        WorkbookWriter.Write(path, [ExcelSheet.Table("Empty", [new("A"), new("B", ExcelColumnKind.Money)], [])
            .WithCharts(new ExcelChart(ExcelChartKind.Column, "Nothing yet", 0, [1]))]);

        using var document = SpreadsheetDocument.Open(path, false);
        XlsxAssert.Valid(document, output);
        var part = XlsxAssert.Sheet(document, "Empty");
        Assert.Equal("A1:B1", part.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var values = part.DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<C.Values>().Single();
        Assert.Equal("'Empty'!$B$2:$B$2", values.Descendants<C.Formula>().Single().Text);
        Assert.Equal(0u, values.Descendants<C.PointCount>().Single().Val!.Value);
    }

    [Fact]
    public void Write_TwentyThousandRows_AllRowsWrittenAndRowsEnumeratedOnce()
    {
        var enumerations = 0;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            enumerations++;
            for (var i = 0; i < 20_000; i++)
                yield return [$"C{i:D6}", i, i * 1.25m, new DateOnly(2025, 1, 1).AddDays(i % 365)];
        }
        var path = _folder.File("large.xlsx");

        WorkbookWriter.Write(path, [ExcelSheet.Table("Customers",
            [new("Customer"), new("N", ExcelColumnKind.Integer), new("Amount", ExcelColumnKind.Money), new("Due", ExcelColumnKind.Date)], Rows())]);

        Assert.Equal(1, enumerations);
        using var document = SpreadsheetDocument.Open(path, false);
        var worksheet = XlsxAssert.Sheet(document, "Customers").Worksheet;
        var rows = worksheet.Descendants<Row>().ToList();
        Assert.Equal(20_001, rows.Count);
        Assert.Equal("C019999", XlsxAssert.Text(rows[^1].Elements<Cell>().First()));
        Assert.Equal("A1:D20001", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public void Write_SameSheetsTwice_IdenticalBytes()
    {
        var first = _folder.File("one.xlsx");
        var second = _folder.File("two.xlsx");
        WorkbookWriter.Write(first, [Summary(), ChannelMix(), DsoMonthly()]);
        WorkbookWriter.Write(second, [Summary(), ChannelMix(), DsoMonthly()]);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Write_NonSeekableStream_ReadableWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
            WorkbookWriter.Write(forwardOnly, [ChannelMix()]);

        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        XlsxAssert.Valid(document, output);
        Assert.Equal(["Channel mix"], XlsxAssert.SheetNames(document));
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        private long _written;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) { inner.Write(buffer, offset, count); _written += count; }
    }
}
