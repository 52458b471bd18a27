using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Reporting.Tests.Excel;
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
        var (exitCode, stdout, stderr) = LibreOffice.ConvertToPdf(soffice, folder.File("report.xlsx"), folder.Path);
        output.WriteLine($"converted in {clock.Elapsed.TotalSeconds:0.0} s; stdout: {stdout}; stderr: {stderr}");

        Assert.Equal(0, exitCode);
        // soffice exits with 0 even when it cannot load the file; it then says "Error: ..." and writes no PDF.
        Assert.DoesNotContain(stderr.Split('\n'), line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.True(File.Exists(folder.File("report.pdf")), $"LibreOffice wrote no PDF. stdout: {stdout} stderr: {stderr}");
        var pdf = File.ReadAllBytes(folder.File("report.pdf"));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b").Count;
        output.WriteLine($"{pdf.Length:N0} bytes, {pages} pages");
        Assert.True(pages >= 10, $"expected at least one page per sheet (10), got {pages}");
    }
}
