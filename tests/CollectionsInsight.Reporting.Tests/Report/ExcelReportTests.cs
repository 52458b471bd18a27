using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Reporting.Tests.Excel;
using DocumentFormat.OpenXml.Drawing.Charts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using ChartFormula = DocumentFormat.OpenXml.Drawing.Charts.Formula;
using ChartValues = DocumentFormat.OpenXml.Drawing.Charts.Values;

namespace CollectionsInsight.Reporting.Tests.Report;

public class ExcelReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Column_EveryDsoMonthlyAgingAndPromiseFigure_IsANumberNotText()
    {
        var text = EffectivenessFiles.DsoColumns.Concat(EffectivenessFiles.AgingColumns).Concat(EffectivenessFiles.PromiseColumns)
            .Where(c => c is not ("group" or "channel_mix" or "bucket" or "channel") && ExcelReport.Column(c).Kind == Reporting.Excel.ExcelColumnKind.Text);

        Assert.Empty(text);
        Assert.Equal(("AR end 1-30 days", "AR end over 120 days"), (ExcelReport.Column("ar_end_1_30").Header, ExcelReport.Column("ar_end_over_120").Header));
    }

    [Fact]
    public void Write_Sample_HasEverySheetInOrderAndValidates()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        Assert.Equal(["Summary", "Channel mix", "Days to pay", "DSO monthly", "DSO by mix", "AR aging", "Overdue by mix", "Aged AR by month", "Promises", "Survival", "Customers", "Worklist", "Model card", "Data quality"],
            XlsxAssert.SheetNames(document));
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_Sample_TablesHaveBoldFrozenHeadersAndNumberFormats()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var mix = XlsxAssert.Sheet(document, "Channel mix");
        var cells = XlsxAssert.Cells(mix);
        Assert.Equal("View", XlsxAssert.Text(cells["A1"]));
        Assert.True(XlsxAssert.IsBold(document, cells["A1"]));
        Assert.Equal("Mean days to pay", XlsxAssert.Text(cells["H1"]));
        Assert.Equal("0.0", XlsxAssert.FormatCode(document, cells["H2"]));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, cells["F2"]));
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, cells["G2"]));
        var pane = mix.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(("A2", PaneStateValues.Frozen), (pane.TopLeftCell!.Value, pane.State!.Value));

        var dso = XlsxAssert.Cells(XlsxAssert.Sheet(document, "DSO monthly"));
        Assert.Equal(["Group", "Month", "Channel mix", "Sales", "Period sales", "Period days", "AR at period start", "AR end", "Current AR end", "DSO"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1" }.Select(c => XlsxAssert.Text(dso[c])));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, dso["G2"]));
        Assert.Equal(["CEI", "CEI without /N"], new[] { "N1", "O1" }.Select(c => XlsxAssert.Text(dso[c])));
        Assert.Equal("yyyy-mm-dd", XlsxAssert.FormatCode(document, XlsxAssert.Cells(XlsxAssert.Sheet(document, "Worklist"))["N2"]));
    }

    [Fact]
    public void Write_Sample_ModelCardAndCustomersSheetsShowTheModel()
    {
        using var folder = new TempFolder();
        var content = SampleReport.Content;
        ExcelReport.Write(folder.File("r.xlsx"), content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var card = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Model card")).Values.Select(XlsxAssert.Text).ToList();
        Assert.Contains("linear-learner (ML.NET L-BFGS logistic regression)", card);
        Assert.Contains("Gain over current practice", card);
        Assert.Contains("Share of propensities below 0.05", card);
        Assert.Contains("AUC", card);
        Assert.All(content.Model!.Card.Policies, p => Assert.Contains(p.Policy, card));
        var customers = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Customers"));
        Assert.Equal(["Customer ID", "Customer name", "Open amount", "Overdue amount", "Invoice ID", "Recommended channel"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1" }.Select(c => XlsxAssert.Text(customers[c])));
        Assert.Equal(content.Recommendations[0].CustomerId, XlsxAssert.Text(customers["A2"]));
        Assert.Equal("#,##0.00", XlsxAssert.FormatCode(document, customers["C2"]));
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, customers["H2"]));
        Assert.Contains($"A{content.Recommendations.Count + 1}", customers.Keys);
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_Sample_SummaryGivesEachMixsMedianFromTheFirstContactAsTheHtmlHeadlineDoes()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));
        foreach (var mix in SampleReport.Content.EpisodeMixes.Where(m => m.Mix != ChannelMix.None))
        {
            var label = cells.Single(c => XlsxAssert.Text(c.Value) == $"{mix.Mix.ToWord()}: median days from first contact (Kaplan–Meier)").Key;
            Assert.Equal($"{mix.KmMedianDays}", XlsxAssert.Text(cells["B" + label[1..]]));
        }
        Assert.DoesNotContain(cells.Values, c => XlsxAssert.Text(c)?.StartsWith("none:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Write_WithoutModel_SummaryStatesAsOfSourceAndMissingModel()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content with { Model = null, Recommendations = [] });

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var texts = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary")).Values.Select(XlsxAssert.Text).ToList();
        Assert.Contains("As of", texts);
        Assert.Contains(SampleReport.Content.AsOf.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
        Assert.Contains("data-samples", texts);
        Assert.Contains("Channel model", texts);
        Assert.Contains(ExcelReport.NotAvailable, texts);
        Assert.Contains(SampleReport.Content.Effectiveness.Caveats[0], texts);
    }

    [Fact]
    public void Write_Sample_ChartsReferenceTheirSheetRanges()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var mixes = SampleReport.Content.EpisodeMixes.Count;
        var bars = ChartOf(document, "Days to pay").Descendants<BarChart>().Single();
        Assert.Equal([$"'Days to pay'!$C$2:$C${mixes + 1}", $"'Days to pay'!$F$2:$F${mixes + 1}"],
            bars.Descendants<ChartValues>().Select(v => v.Descendants<ChartFormula>().Single().Text));
        Assert.Equal($"'Days to pay'!$A$2:$A${mixes + 1}", bars.Descendants<CategoryAxisData>().First().Descendants<ChartFormula>().Single().Text);

        var pivot = DsoPivot.Of(SampleReport.Content.Effectiveness);
        var lines = ChartOf(document, "DSO by mix").Descendants<LineChart>().Single();
        var series = lines.Elements<LineChartSeries>().ToList();
        Assert.Equal(pivot.Mixes.Count, series.Count);
        Assert.Equal($"'DSO by mix'!$B$2:$B${pivot.Months.Count + 1}", series[0].Descendants<ChartValues>().Single().Descendants<ChartFormula>().Single().Text);
    }

    [Fact]
    public void Write_WithoutWorklist_WorklistSheetSaysNotAvailable()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content with { Worklist = null });

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var texts = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Worklist")).Values.Select(XlsxAssert.Text);
        Assert.Contains(ExcelReport.NotAvailable, texts);
        XlsxAssert.Valid(document, output);
    }

    [Fact]
    public void Write_SampleTwice_IdenticalBytes()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("one.xlsx"), SampleReport.Content);
        ExcelReport.Write(folder.File("two.xlsx"), SampleReport.Content);

        Assert.Equal(File.ReadAllBytes(folder.File("one.xlsx")), File.ReadAllBytes(folder.File("two.xlsx")));
    }

    [Fact]
    public void Write_Sample_DsoMonthlyMonthIsADateAndCeiAPercentageAsOnTheSummary()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var dso = XlsxAssert.Cells(XlsxAssert.Sheet(document, "DSO monthly"));
        var first = SampleReport.Content.Effectiveness.Dso[0];
        Assert.Equal(first.Month.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), XlsxAssert.Text(dso["B2"]));
        Assert.Equal("yyyy-mm", XlsxAssert.FormatCode(document, dso["B2"]));
        var row = 2 + SampleReport.Content.Effectiveness.Dso.ToList().FindIndex(d => d.Cei.Percent is not null);
        var cei = SampleReport.Content.Effectiveness.Dso[row - 2].Cei.Percent!.Value;
        Assert.Equal(Math.Round(cei, 2) / 100, double.Parse(XlsxAssert.Text(dso[$"N{row}"])!, System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, dso[$"N{row}"]));
        Assert.Equal("0.0%", XlsxAssert.FormatCode(document, dso[$"O{row}"]));
    }

    [Fact]
    public void Write_Sample_SummaryGivesTheArOverNinetyDaysAndWhatOfItWasNeverChased()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));
        var (open, over90, neverChased, disputed) = SampleReport.Content.AgingHeadline!.Value;
        Assert.True(open > over90 && over90 > neverChased && neverChased > 0 && over90 > disputed && disputed > 0);
        foreach (var (label, amount) in new[] { ("AR open", open), ("More than 90 days past due", over90), ("… of which never chased", neverChased), ("… of which in dispute", disputed) })
        {
            var row = cells.Single(c => XlsxAssert.Text(c.Value) == label).Key[1..];
            Assert.Equal(amount, decimal.Parse(XlsxAssert.Text(cells["B" + row])!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Write_Sample_SummaryGivesEachChannelsShareOfPromisesKeptAndTheSheetEveryRow()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));
        var judged = SampleReport.Content.JudgedPromises;
        Assert.Equal(["phone", "email"], judged.Select(p => p.Channel));
        foreach (var p in judged)
        {
            var row = cells.Single(c => XlsxAssert.Text(c.Value) == $"{p.Channel}: promises kept").Key[1..];
            Assert.Equal(p.KeptShare!.Value, double.Parse(XlsxAssert.Text(cells["B" + row])!, CultureInfo.InvariantCulture), 12);
            Assert.StartsWith($"{p.Kept:N0} of {p.Kept + p.PartlyKept + p.Broken:N0} judged promises kept in full", XlsxAssert.Text(cells["C" + row]));
        }
        var sheet = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Promises"));
        Assert.Equal("Kept share", XlsxAssert.Text(sheet["H1"]));
        Assert.Equal(SampleReport.Content.Effectiveness.Promises.Count, sheet.Keys.Count(k => k.StartsWith('A')) - 1);
    }

    [Fact]
    public void Write_Sample_OverdueByMixPivotsTheAgingWithAStackedChartInTheMixColours()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var sheet = XlsxAssert.Sheet(document, "Overdue by mix");
        var cells = XlsxAssert.Cells(sheet);
        Assert.Equal(["Days past due", "never chased", "phone", "email", "both", "other"], new[] { "A1", "B1", "C1", "D1", "E1", "F1" }.Select(c => XlsxAssert.Text(cells[c])));
        var aging = SampleReport.Content.Effectiveness.Aging.Where(a => a.Group == "all").ToArray();
        string[] buckets = ["1-30", "31-60", "61-90", "91-120", "over 120"];
        for (var row = 0; row < buckets.Length; row++)
        {
            Assert.Equal(buckets[row], XlsxAssert.Text(cells[$"A{row + 2}"]));
            Assert.Equal(aging.Single(a => a.ChannelMix == "none" && a.Bucket == buckets[row]).Amount, decimal.Parse(XlsxAssert.Text(cells[$"B{row + 2}"])!, CultureInfo.InvariantCulture));
            Assert.Equal(aging.Single(a => a.ChannelMix == "both" && a.Bucket == buckets[row]).Amount, decimal.Parse(XlsxAssert.Text(cells[$"E{row + 2}"])!, CultureInfo.InvariantCulture));
        }
        var bar = sheet.DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Stacked, bar.BarGrouping!.Val!.Value);
        Assert.Equal(new[] { "none", "phone", "email", "both", "other" }.Select(m => ReportPlots.MixColor(m).ToStringRGB()[1..]),
            bar.Elements<C.BarChartSeries>().Select(s => s.ChartShapeProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value));
    }

    [Fact]
    public void Write_Sample_AgedArByMonthGivesEachMonthEndsBucketsWithAStackedChartOfThePastDue()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var sheet = XlsxAssert.Sheet(document, "Aged AR by month");
        var cells = XlsxAssert.Cells(sheet);
        Assert.Equal(["Month", "AR end", "not yet due", "1-30 days", "31-60 days", "61-90 days", "91-120 days", "over 120 days"],
            "ABCDEFGH".Select(c => XlsxAssert.Text(cells[$"{c}1"])));
        var months = SampleReport.Content.Effectiveness.Dso.Where(d => d.Group == "all" && d.ChannelMix == "all").ToArray();
        Assert.Equal(months.Length, cells.Keys.Count(k => k.StartsWith('A')) - 1);
        for (var row = 0; row < months.Length; row++)
        {
            Assert.Equal(months[row].ArEnd, decimal.Parse(XlsxAssert.Text(cells[$"B{row + 2}"])!, CultureInfo.InvariantCulture));
            Assert.Equal(months[row].ArEndByAge, "CDEFGH".Select(c => decimal.Parse(XlsxAssert.Text(cells[$"{c}{row + 2}"])!, CultureInfo.InvariantCulture)));
        }
        var bar = sheet.DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Stacked, bar.BarGrouping!.Val!.Value);
        Assert.Equal(Enumerable.Range(1, 5).Select(b => ReportPlots.AgeColor(b).ToStringRGB()[1..]),
            bar.Elements<C.BarChartSeries>().Select(s => s.ChartShapeProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value));
    }

    [Fact]
    public void Write_Sample_SummaryNotesReadAsSentences()
    {
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), SampleReport.Content);

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var texts = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary")).Values.Select(XlsxAssert.Text).OfType<string>().ToList();
        Assert.Contains(texts, t => t.StartsWith("Countback DSO from AR end", StringComparison.Ordinal) && t.Contains("newest month first: 20", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(":;", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_MediansTheDataDoNotBound_SummarySaysSoInsteadOfQuestionMarksAndEmptyClauses()
    {
        var content = SampleReport.Content;
        var mixes = content.Effectiveness.Mixes.Select(m => m.View != MixView.Episode || m.Group != ChannelEffectiveness.AllGroup ? m : m.Mix switch
        {
            ChannelMix.Phone => m with { KmMedianUpper = null },
            ChannelMix.Email => m with { KmMedianDays = null, KmMedianLower = null, KmMedianUpper = null, PaidWithinHorizon = null, DaysToPay = null, PaidInvoices = 0 },
            _ => m,
        }).ToArray();
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("r.xlsx"), content with { Effectiveness = content.Effectiveness with { Mixes = mixes } });

        using var document = SpreadsheetDocument.Open(folder.File("r.xlsx"), false);
        var cells = XlsxAssert.Cells(XlsxAssert.Sheet(document, "Summary"));
        string NoteOf(string mix) => XlsxAssert.Text(cells["C" + cells.Single(c => XlsxAssert.Text(c.Value) == $"{mix}: {ExcelReport.MedianLabel}").Key[1..]])!;
        Assert.Contains("too few invoices to bound its 95% interval", NoteOf("phone"));
        Assert.StartsWith("fewer than half of its invoices are known to be paid", NoteOf("email"));
        Assert.Contains("none of its", NoteOf("email"));
        Assert.All(new[] { NoteOf("phone"), NoteOf("email") }, note =>
        {
            Assert.DoesNotContain("?", note);
            Assert.DoesNotMatch(@": (;|$)", note);
        });
    }

    private static ChartSpace ChartOf(SpreadsheetDocument document, string sheet) =>
        XlsxAssert.Sheet(document, sheet).DrawingsPart!.ChartParts.Single().ChartSpace;
}
