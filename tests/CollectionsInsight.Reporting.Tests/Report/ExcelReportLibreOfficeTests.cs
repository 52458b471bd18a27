using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Reporting.Report;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>The Excel report as LibreOffice Calc opens it (see <see cref="LibreOffice"/> for when it is missing).</summary>
public class ExcelReportLibreOfficeTests(ITestOutputHelper output)
{
    [Fact]
    public void Write_Sample_LibreOfficeConvertsItToPdf()
    {
        if (LibreOffice.Require(output) is not { } soffice) return;
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("report.xlsx"), SampleReport.Content);

        var clock = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = LibreOffice.Convert(soffice, folder.File("report.xlsx"), "pdf", folder.Path);
        output.WriteLine($"converted in {clock.Elapsed.TotalSeconds:0.0} s; stdout: {stdout}; stderr: {stderr}");

        Assert.Equal(0, exitCode);
        // soffice exits with 0 even when it cannot load the file; it then says "Error: ..." and writes no PDF.
        Assert.DoesNotContain(stderr.Split('\n'), line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.True(File.Exists(folder.File("report.pdf")), $"LibreOffice wrote no PDF. stdout: {stdout} stderr: {stderr}");
        var pdf = File.ReadAllBytes(folder.File("report.pdf"));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var pages = Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b");
        output.WriteLine($"{pdf.Length:N0} bytes, {pages} pages");
        Assert.True(pages >= 10, $"expected at least one page per sheet (10), got {pages}");
    }

    [Fact]
    public void Write_Sample_LibreOfficeReadsEveryNativeChartWithItsSeries()
    {
        if (LibreOffice.Require(output) is not { } soffice) return;
        using var folder = new TempFolder();
        ExcelReport.Write(folder.File("report.xlsx"), SampleReport.Content);
        var written = ChartSeriesCounts(folder.File("report.xlsx"), @"^xl/charts/chart\d+\.xml$", "<c:ser>");

        var (exitCode, stdout, stderr) = LibreOffice.Convert(soffice, folder.File("report.xlsx"), "ods", folder.Path);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(folder.File("report.ods")), $"LibreOffice wrote no ODS. stdout: {stdout} stderr: {stderr}");
        var read = ChartSeriesCounts(folder.File("report.ods"), @"^Object \d+/content\.xml$", "<chart:series ");
        output.WriteLine($"series per chart written: {string.Join(", ", written)}; read by LibreOffice: {string.Join(", ", read)}");
        Assert.NotEmpty(written);
        Assert.Equal(written, read);
    }

    /// <summary>The number of series of each chart part (the entries whose names match) of a zip package, sorted.</summary>
    private static List<int> ChartSeriesCounts(string package, string partPattern, string seriesTag)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Where(e => Regex.IsMatch(e.FullName, partPattern))
            .Select(e => { using var reader = new StreamReader(e.Open()); return reader.ReadToEnd(); })
            .Select(xml => Regex.Count(xml, Regex.Escape(seriesTag)))
            .Order().ToList();
    }
}
