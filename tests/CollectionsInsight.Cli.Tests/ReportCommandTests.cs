using System.IO.Compression;
using System.Text;
using CollectionsInsight.Reporting.Report;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectionsInsight.Cli.Tests;

public class ReportCommandTests
{
    private static readonly string Samples = Path.Combine(CliRun.RepositoryRoot(), "data-samples");

    [Fact]
    public void Report_DataSamples_WritesEveryFile()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("report", "--data", Samples, "--out", folder.Path, "--model", CliRun.SampleModel);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var file in ReportBundle.FileNames)
            Assert.True(new FileInfo(folder.File(file)).Length > 0, $"{file} missing or empty");
        string[] charts = ["ar-aging-by-mix", "ar-past-due-by-month", "days-to-pay-by-mix", "dso-by-mix", "policy-values", "propensity-overlap", "survival-by-mix"];
        Assert.Equal(charts.SelectMany(c => new[] { c + ".png", c + ".svg" }),
            Directory.GetFiles(folder.File("charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.ReadLines(folder.File("recommendations.csv")).Count() > 1, "no recommendations");
        Assert.Contains(File.ReadLines(folder.File("worklist.csv")), line => line.Contains(",model,", StringComparison.Ordinal));
        using var workbook = SpreadsheetDocument.Open(folder.File("collections-insight.xlsx"), false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name?.Value).ToArray();
        Assert.Contains("Model card", sheets);
        Assert.Contains("Customers", sheets);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Path.GetDirectoryName(folder.Path)!), e => e.Contains(Path.GetFileName(folder.Path) + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_TooFewEpisodesToTrain_SaysSoAndWritesWithoutModel()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--out", folder.File("data"), "--customers", "5", "--months", "3").ExitCode);

        var run = CliRun.Of("report", "--data", folder.File("data"), "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("No channel model:", run.Output);
        Assert.Contains("none could be trained on this data", File.ReadAllText(folder.File(Path.Combine("out", "report.html"))));
        Assert.Single(File.ReadLines(folder.File(Path.Combine("out", "recommendations.csv"))));
    }

    [Fact]
    public void Report_FailingRun_LeavesExistingOutputUnchanged()
    {
        using var folder = new TempFolder();
        var output = Directory.CreateDirectory(folder.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "report.html"), "the previous report");
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.Copy(Path.Combine(Samples, "customers.csv"), Path.Combine(data, "customers.csv"));

        var run = CliRun.Of("report", "--data", data, "--out", output);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Equal(["report.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("the previous report", File.ReadAllText(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void Report_MaskPii_NoRawContactDetailsInAnyFile()
    {
        using var folder = new TempFolder();
        var raw = File.ReadLines(Path.Combine(Samples, "customers.csv")).Skip(1).Select(l => l.Split(','))
            .SelectMany(f => new[] { f[8], f[9], f[10] }).Where(v => v.Length > 0).Distinct().ToArray();

        var run = CliRun.Of("report", "--data", Samples, "--out", folder.File("out"), "--mask-pii", "--model", CliRun.SampleModel);

        Assert.True(run.ExitCode == 0, run.Error);
        var texts = OutputTexts(folder.File("out")).ToList();
        Assert.Contains(texts, t => t.Text.Contains("+31 ** *** **", StringComparison.Ordinal));
        foreach (var (name, text) in texts)
        {
            var leaked = raw.FirstOrDefault(value => text.Contains(value, StringComparison.Ordinal));
            Assert.True(leaked is null, $"{name} contains '{leaked}'");
        }
    }

    [Fact]
    public void Report_HostileCustomerNames_NeutralisedInCsvsAndLiteralTextInWorkbook()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        foreach (var file in Directory.GetFiles(Samples, "*.csv")) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        string[] hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+SUM(1)", "-2+3", "@cmd"];
        var lines = File.ReadAllLines(Path.Combine(data, "customers.csv"));
        for (var i = 1; i < lines.Length; i++)
        {
            // every customer gets one of the names, so each is on the worklist too
            var fields = lines[i].Split(',');
            var name = hostile[i % hostile.Length];
            fields[1] = "\"" + name.Replace("\"", "\"\"") + "\"";
            fields[8] = name[0] + "Contact";
            lines[i] = string.Join(',', fields);
        }
        File.WriteAllLines(Path.Combine(data, "customers.csv"), lines);
        var output = folder.File("out");

        var run = CliRun.Of("report", "--data", data, "--out", output, "--model", CliRun.SampleModel);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var csv in Directory.GetFiles(output, "*.csv"))
            foreach (var line in File.ReadLines(csv))
                foreach (var start in new[] { ",=", ",+", ",@", ",\"=", ",\"+", ",\"@", ",\"-" })
                    Assert.False(line.Contains(start, StringComparison.Ordinal) || line.StartsWith(start[1..], StringComparison.Ordinal),
                        $"{Path.GetFileName(csv)}: {line}");
        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "collections-insight.xlsx"), false);
        Assert.Empty(workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var texts = workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(s => s.InnerText).ToHashSet();
        foreach (var name in hostile)
        {
            Assert.Contains(name, texts);
            Assert.DoesNotContain("'" + name, texts);
        }
        // Phone numbers start with '+': in the workbook they read as dialled, without an apostrophe.
        Assert.Contains(texts, t => t.StartsWith("+31 ", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("'+", StringComparison.Ordinal));
    }

    /// <summary>Every output file's text; an .xlsx's text is the text of its zip entries.</summary>
    private static IEnumerable<(string Name, string Text)> OutputTexts(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                yield return (file, File.ReadAllText(file));
                continue;
            }
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                yield return ($"{file}!{entry.FullName}", reader.ReadToEnd());
            }
        }
    }
}
