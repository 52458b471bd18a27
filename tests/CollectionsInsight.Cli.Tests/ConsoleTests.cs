using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Cli.Tests;

/// <summary>What the console prints: option errors in the user's words, tables that fit, progress in plain lines when redirected.</summary>
public class ConsoleTests
{
    [Fact]
    public void Analyze_On80Columns_TablesFitAndNoFigureIsSplit()
    {
        using var folder = new TempFolder();

        var run = CliRun.OnConsoleOf(80, "analyze", "--data", CliRun.SampleData, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        AssertFits(run.Output, 80);
        // The mean days to pay with its interval, whole, for each of the four mixes in both views.
        Assert.Equal(8, Regex.Count(run.Output, @"│ \d+\.\d \(\d+\.\d-\d+\.\d\) *│"));
    }

    [Fact]
    public void ValidateRecommendWorklist_On80Columns_TablesFit()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        foreach (var file in Directory.GetFiles(CliRun.SampleData, "*.csv")) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(data, "invoices.csv"), "I-BAD,C9999,2025-01-01,2025-01-31,12.50,EUR\n");

        foreach (var args in new[]
        {
            new[] { "validate", "--data", data },
            ["recommend", "--data", data, "--model", CliRun.SampleModel, "--out", folder.File("r.csv")],
            ["worklist", "--data", data, "--out", folder.File("w.csv")],
        })
        {
            var run = CliRun.OnConsoleOf(80, args);
            Assert.True(run.ExitCode == 0, run.Error);
            AssertFits(run.Output, 80);
        }
    }

    /// <summary><c>analyze</c> on the sample, run once for the tests that compare its tables with its files.</summary>
    private static readonly Lazy<(CliRun Run, string Out)> SampleAnalysis = new(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), "ci-console-analyze-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return (run, output);
    });

    /// <summary>The rows of one of the sample analysis' CSV files, split at commas (none of their values holds one).</summary>
    private static IEnumerable<string[]> SampleRows(string file) =>
        File.ReadLines(Path.Combine(SampleAnalysis.Value.Out, file)).Skip(1).Select(l => l.Split(','));

    [Fact]
    public void Analyze_Promises_TableGivesTheBooksCountsOfPromisesCsvByChannel()
    {
        var run = SampleAnalysis.Value.Run;

        var rows = SampleRows("promises.csv").Where(r => r[0] == "all" && r[2] != "0").ToArray();
        Assert.Equal(["all", "phone", "email"], rows.Select(r => r[1]));
        foreach (var r in rows)
        {
            // channel, promises, pending, kept, partly kept, broken: the counts as the file has them, with thousands separators.
            var counts = r[2..7].Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Matches($@"│ {r[1]} +│ {string.Join(" +│ ", counts)} +│ \d+ % +│", run.Output);
        }
        Assert.Contains("* kept: the invoice's payments from the day of the promise to 3 days after its date covered the amount promised", run.Output);
    }

    [Theory]
    [InlineData(null, "2025-06", false)]
    [InlineData("2025-08-31", "2025-06", true)] // July and August have payments only: their DSO would say nothing of the book.
    public void Analyze_Dso_TableGivesTheLatestMonthWithSalesByMix(string? asOf, string quoted, bool saysPaymentsOnlyAfter)
    {
        using var folder = new TempFolder();
        string[] args = ["analyze", "--data", CliRun.SampleData, "--out", folder.File("out")];

        var run = CliRun.Of(asOf is null ? args : [.. args, "--as-of", asOf]);

        Assert.True(run.ExitCode == 0, run.Error);
        var result = ChannelEffectiveness.Compute(CollectionHistory.Load(CliRun.SampleData), asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        var rows = result.Dso.Where(d => d.Group == "all" && d.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == quoted).ToArray();
        Assert.Contains($"DSO, {quoted} ({rows[0].Dso.PeriodDays}-day period), by lifetime channel mix", run.Output);
        Assert.Equal(["all", "none", "phone", "email", "both"], rows.Select(d => d.ChannelMix));
        foreach (var d in rows)
        {
            string[] cells = [d.ChannelMix, Invariant($"{d.Dso.Sales:N0}"), Invariant($"{d.ArEnd:N0}"), Invariant($"{d.Dso.Days:0.0}"), Invariant($"{d.Countback.Days:0.0}"),
                Invariant($"{d.BestPossible.Days:0.0}"), Invariant($"{d.AverageDaysDelinquent.Days:0.0}"), Invariant($"{d.Cei.Percent:0} %")];
            Assert.Matches("│ " + string.Join(" +│ ", cells.Select(Regex.Escape)) + " +│", run.Output);
        }
        Assert.Equal(saysPaymentsOnlyAfter, run.Output.Contains($"* {quoted} is the last month with sales; the months after it have payments only", StringComparison.Ordinal));
        Assert.Contains("* mixes are lifetime: every call and email on the invoice by the as-of date", run.Output);
    }

    [Fact]
    public void Analyze_OneUnchasedInvoice_DsoOfTheBookAloneAndEachMonthEndAged()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "customers.csv"), "customer_id\nC1\n");
        File.WriteAllText(Path.Combine(data, "invoices.csv"), "invoice_id,customer_id,issued_on,due_on,amount\nI1,C1,2025-01-01,2025-01-31,100\n");
        File.WriteAllText(Path.Combine(data, "payments.csv"), "payment_id,customer_id,invoice_id,paid_on,amount\n");
        File.WriteAllText(Path.Combine(data, "contact_attempts.csv"), "attempt_id,customer_id,invoice_id,occurred_at,channel\n");

        var run = CliRun.Of("analyze", "--data", data, "--out", folder.File("out"), "--as-of", "2025-04-30");

        Assert.True(run.ExitCode == 0, run.Error);
        // 100 open at the end of January over its 31 days of sales of 100; never chased, so no mix but none.
        Assert.Matches(@"│ all +│ 100 +│ 100 +│ 31\.0 +│ 31\.0 +│ 31\.0 +│ 0\.0 +│ - +│", run.Output);
        Assert.DoesNotContain("* mixes are lifetime", run.Output);
        // Not yet due at the end of January, then a month older at each month end.
        Assert.Matches(@"│ 2025-01 +│ 100 +│ 100 % +│ 0 % +│ 0 % +│", run.Output);
        Assert.Matches(@"│ 2025-04 +│ 100 +│ 0 % +│ 0 % +│ 0 % +│ 100 % +│ 0 % +│ 0 % +│", run.Output);
    }

    [Fact]
    public void Analyze_AgedTrend_LatestTwelveMonthEndsAsSharesOfDsoMonthlyCsv()
    {
        var run = SampleAnalysis.Value.Run;

        // month, ..., ar_end (7), current_ar_end (8), ar_end_1_30 ... ar_end_over_120 (16-20): the file's own figures.
        var months = SampleRows("dso_monthly.csv").Where(r => r[0] == "all" && r[2] == "all" && decimal.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture) > 0).TakeLast(12).ToArray();
        Assert.Equal("2024-07", months[0][1]);
        var section = run.Output[run.Output.IndexOf("AR at month ends, share by days past due", StringComparison.Ordinal)..];
        Assert.Equal(12, Regex.Count(section[..section.IndexOf("Promises to pay", StringComparison.Ordinal)], @"│ \d{4}-\d{2} "));
        foreach (var r in months)
        {
            var arEnd = decimal.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture);
            var shares = new[] { r[8], r[16], r[17], r[18], r[19], r[20] }
                .Select(a => Invariant($"{decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture) / arEnd:P0}"));
            Assert.Matches($@"│ {r[1]} +│ {Regex.Escape(Invariant($"{arEnd:N0}"))} +│ {string.Join(" +│ ", shares)} +│", section);
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    [Fact]
    public void Analyze_Redirected_EveryCaveatOnOneLine()
    {
        var run = SampleAnalysis.Value.Run;

        var caveats = ChannelEffectiveness.Compute(CollectionHistory.Load(CliRun.SampleData), null).Caveats;
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(caveats, caveat => Assert.Contains("- " + caveat, lines));
    }

    [Fact]
    public void Analyze_MedianWithoutInterval_MarkedAndExplainedNotQuestionMarks()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "customers.csv"), "customer_id\nC1\n");
        File.WriteAllText(Path.Combine(data, "invoices.csv"), "invoice_id,customer_id,issued_on,due_on,amount\nI1,C1,2025-01-01,2025-01-31,100\n");
        File.WriteAllText(Path.Combine(data, "payments.csv"), "payment_id,customer_id,invoice_id,paid_on,amount\nP1,C1,I1,2025-02-10,100\n");
        File.WriteAllText(Path.Combine(data, "contact_attempts.csv"), "attempt_id,customer_id,invoice_id,occurred_at,channel\nA1,C1,I1,2025-02-03T09:00:00,phone\n");

        var run = CliRun.Of("analyze", "--data", data, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"│ phone +│ 1 .*│ 7 \* +│", run.Output);
        Assert.Contains("* no interval: too few invoices to bound the median's 95% interval", run.Output);
        Assert.DoesNotContain("?", run.Output);
    }

    [Theory]
    [InlineData("analyze", "--window-days", "-1", "--window-days must be 1 to 365, got -1")]
    [InlineData("analyze", "--window-days", "abc", "--window-days must be a number from 1 to 365, got 'abc'")]
    [InlineData("analyze", "--horizon-days", "0", "--horizon-days must be 1 to 3,650, got 0")]
    [InlineData("analyze", "--by", "foo", "--by must be one of segment, country, terms, currency, got 'foo'")]
    [InlineData("analyze", "--as-of", "2025-13-01", "--as-of: '2025-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("analyze", "--as-of", "9999-12-31", "--as-of: 9999-12-31 is not a plausible date of a collection history (from 1900-01-01 to 2199-12-31)")]
    [InlineData("worklist", "--as-of", "1899-12-31", "--as-of: 1899-12-31 is not a plausible date of a collection history (from 1900-01-01 to 2199-12-31)")]
    [InlineData("analyze", "--delimiter", "colon", "--delimiter must be one of comma, semicolon, tab, pipe, got 'colon'")]
    [InlineData("analyze", "--date-format", "dd.MM.yyy", "--date-format 'dd.MM.yyy' must be a day (d or dd), a month (M or MM, MMM for Jan to Dec or MMMM for January to December) and a year (yyyy, or yy for 1950 to 2049) with separators, such as dd.MM.yyyy, MM/dd/yyyy, dd-MMM-yy or MMM d, yyyy")]
    [InlineData("analyze", "--encoding", "klingon", "--encoding: 'klingon' is not a known encoding (e.g. utf-8, utf-16, windows-1252, latin1)")]
    [InlineData("worklist", "--collectors", "0", "--collectors must be 1 to 10,000, got 0")]
    [InlineData("worklist", "--minutes-per-day", "2000", "--minutes-per-day must be 1 to 1,440, got 2000")]
    [InlineData("worklist", "--challenger-share", "1.5", "--challenger-share must be 0 to 1, got 1.5")]
    [InlineData("train", "--cost-weight", "1.5", "--cost-weight must be 0 to 1, got 1.5")]
    [InlineData("train", "--horizon-days", "400", "--horizon-days must be 1 to 365, got 400")]
    [InlineData("train", "--learner", "bogus", "--learner: 'bogus' is not one of auto, s, t, linear, blend")]
    public void Command_BadOptionValue_OneLineInTheOptionsWordsBeforeLoadingAndExitTwo(string command, string option, string value, string expected)
    {
        using var folder = new TempFolder();

        var run = CliRun.Of(command, "--data", CliRun.SampleData, command == "train" ? "--model" : "--out", folder.File("x"), option, value);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Equal("error: " + expected, run.Error.TrimEnd());
        Assert.Equal("", run.Output);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Analyze_ByWord_AnyCaseAccepted()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", folder.File("out"), "--by", "Segment");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(File.ReadLines(folder.File("out/channel_mix_summary.csv")), line => line.Split(',')[1] == "SMB");
    }

    [Theory]
    [InlineData("recommend", "--model", "the model file")]
    [InlineData("worklist", "--model", "the model file")]
    [InlineData("report", "--model", "the model file")]
    [InlineData("analyze", "--mapping", "the mapping file")]
    [InlineData("analyze", "--data", "the data folder or file")]
    public void Command_MissingFile_NamedByItsOption(string command, string option, string what)
    {
        using var folder = new TempFolder();
        var missing = folder.File("nonexistent.json");
        var args = new List<string> { command, "--data", CliRun.SampleData, "--out", folder.File("out") };
        if (option == "--data") args[2] = missing;
        else args.AddRange([option, missing]);

        var run = CliRun.Of([.. args]);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Equal($"error: {option}: {what} {missing} does not exist", run.Error.TrimEnd());
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("analyze", "--out", "file", "is a file; give a folder")]
    [InlineData("report", "--out", "file", "is a file; give a folder")]
    [InlineData("worklist", "--out", "folder", "is a folder; give a file name")]
    [InlineData("recommend", "--out", "folder", "is a folder; give a file name")]
    [InlineData("worklist", "--model", "folder", "is a folder, not the model file")]
    public void Command_PathOfTheOtherKind_RefusedBeforeLoading(string command, string option, string kind, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("existing");
        if (kind == "file") File.WriteAllText(path, "mine");
        else Directory.CreateDirectory(path);
        var args = new List<string> { command, "--data", CliRun.SampleData, "--out", folder.File("out") };
        if (command == "recommend") args.AddRange(["--model", CliRun.SampleModel]);
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = path;
        else args.AddRange([option, path]);

        var run = CliRun.Of([.. args]);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Equal($"error: {option}: {path} {expected}", run.Error.TrimEnd());
        Assert.Equal("", run.Output);
        if (kind == "file") Assert.Equal("mine", File.ReadAllText(path));
    }

    [Fact]
    public void Worklist_ChallengerSeedWithoutShare_OneLineUsageErrorExitOne()
    {
        var run = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", "x.csv", "--challenger-seed", "3");

        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal("error: --challenger-seed needs --challenger-share: without a share no customer is drawn (worklist --help lists the options)",
            run.Error.TrimEnd());
    }

    [Theory]
    [InlineData("--challenger-share", "0.2", "--challenger-share and --challenger-since go together: the share and seed say who was drawn, the date since when")]
    [InlineData("--challenger-since", "2025-01-01", "--challenger-share and --challenger-since go together: the share and seed say who was drawn, the date since when")]
    [InlineData("--challenger-share", "0", "--challenger-share: a test with a share of 0 drew no one", "--challenger-since", "2025-01-01")]
    public void Analyze_ChallengerTestHalfGiven_OneLineUsageErrorExitOne(params string[] options)
    {
        var expected = options[2];
        var run = CliRun.Of(["analyze", "--data", CliRun.SampleData, "--out", "x", options[0], options[1], .. options[3..]]);

        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal($"error: {expected} (analyze --help lists the options)", run.Error.TrimEnd());
    }

    [Fact]
    public void Analyze_ChallengerTest_PrintsTheArmsAndWritesTheirFile()
    {
        using var output = new TempFolder();

        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", output.Path, "--challenger-share", "0.3", "--challenger-since", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("challenger test since 2025-01-01 (share 0.3, seed 1), by the channel drawn", run.Output);
        Assert.Contains("intention to treat", run.Output);
        Assert.Contains("and challenger_test.csv to", run.Output);
        var lines = File.ReadAllLines(Path.Combine(output.Path, "challenger_test.csv"));
        Assert.Equal("arm,customers,invoices,paid_within_horizon,lower,upper,followed_draw", lines[0]);
        Assert.Equal(["phone", "email", "both", "champion", "challengers", "phone - email", "phone - both", "email - both", "champion - challengers"],
            lines.Skip(1).Select(line => line.Split(',')[0]));
    }

    [Fact]
    public void Command_UnknownOption_OneLineUsageErrorExitOne()
    {
        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", "x", "--bogus");

        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("analyze --help lists the options", run.Error);
    }

    [Fact]
    public void Validate_SemicolonWindows1252Export_ReadWithTheOptionsAndWithout()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var windows1252 = System.Text.Encoding.GetEncoding(1252);
        foreach (var file in Directory.GetFiles(CliRun.SampleData, "*.csv"))
        {
            // The sample has no quoted fields, so every comma is a delimiter.
            var text = File.ReadAllText(file).Replace(',', ';').Replace("GmbH", "M\u00fcller GmbH");
            File.WriteAllText(Path.Combine(data, Path.GetFileName(file)), text, windows1252);
        }

        var forced = CliRun.Of("validate", "--data", data, "--delimiter", "semicolon", "--encoding", "windows-1252");
        var detected = CliRun.Of("validate", "--data", data);

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Contains("No issues: every row was kept.", forced.Output);
        // Without the option, the file's bytes show it is not UTF-8: read as Windows-1252, with a warning (the other files are plain ASCII, which is UTF-8 too).
        Assert.Contains("0 rows rejected (0 errors); 1 warning", detected.Output);
        Assert.Contains("Windows-1252", detected.Output);
    }

    [Fact]
    public void Train_OutputRedirected_ProgressInPlainLines()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("train", "--data", CliRun.SampleData, "--model", folder.File("m.json"), "--learner", "linear");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Contains("Training the channel model...", lines);
        Assert.Contains(lines, l => l.StartsWith("Training: ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Output);
    }

    private static void AssertFits(string output, int width)
    {
        foreach (var line in output.Split('\n'))
            Assert.True(line.TrimEnd('\r').Length <= width, $"{line.Length} columns: {line}");
    }
}
