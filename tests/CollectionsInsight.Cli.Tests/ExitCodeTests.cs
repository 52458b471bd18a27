using CollectionsInsight.Domain;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli.Tests;

public class ExitCodeTests
{
    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new InsufficientDataException("only 3 collection episodes"), CliApp.InputError, "error: only 3 collection episodes" },
        { new BadModelFileException("m.json is not a channel model file"), CliApp.InputError, "error: m.json is not a channel model file" },
        { new BadDataException("invoices.csv line 4: bad date"), CliApp.InputError, "error: invoices.csv line 4: bad date" },
        { new UnauthorizedAccessException("Access to the path '/out' is denied."), CliApp.InputError, "error: Access to the path '/out' is denied." },
        { new IOException("The process cannot access the file"), CliApp.InputError, "error: The process cannot access the file" },
        { new ArgumentOutOfRangeException("HorizonDays", 0, "HorizonDays must be 1 to 365"), CliApp.InternalError,
            "error: unexpected failure (ArgumentOutOfRangeException): HorizonDays must be 1 to 365 (Parameter 'HorizonDays')" },
        { new InvalidOperationException("a bug"), CliApp.InternalError, "error: unexpected failure (InvalidOperationException): a bug" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Guard_Failure_OneLineAndItsExitCode(Exception failure, int exitCode, string expected)
    {
        var error = new StringWriter();
        var context = new CliContext(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) }), error, interactive: false);

        var code = context.Guard(() => throw failure);

        Assert.Equal(exitCode, code);
        Assert.Equal(expected + "\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("analyze", "--data", "DATA", "--out", "")]
    [InlineData("train", "--data", "DATA", "--model", "")]
    [InlineData("recommend", "--data", "DATA", "--model", "", "--out", "x.csv")]
    [InlineData("generate", "--out", "")]
    public void Command_EmptyFileName_BadValueBeforeAnyWorkAndExitTwo(params string[] args)
    {
        var run = CliRun.Of([.. args.Select(a => a == "DATA" ? CliRun.SampleData : a)]);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Equal("error: The value cannot be an empty string.", run.Error.TrimEnd());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Analyze_HelpAndWroteLine_NameEveryFileItWrites()
    {
        using var folder = new TempFolder();

        var help = CliRun.Of("analyze", "--help");
        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        var written = Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Where(name => !name!.StartsWith('.')).Order(StringComparer.Ordinal);
        Assert.Equal(ReportBundle.AnalysisFileNames.Order(StringComparer.Ordinal), written);
        foreach (var file in ReportBundle.AnalysisFileNames)
        {
            Assert.Contains(file, help.Output);
            Assert.Contains(file, run.Output.Split('\n').Single(line => line.StartsWith("Wrote ", StringComparison.Ordinal)));
        }
    }
}
