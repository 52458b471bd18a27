namespace CollectionsInsight.Cli.Tests;

public class CliAppTests
{
    private static TempFolder Generated(int customers = 40)
    {
        var folder = new TempFolder();
        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", $"{customers}", "--months", "6", "--seed", "3");
        Assert.Equal(0, run.ExitCode);
        return folder;
    }

    [Fact]
    public void Help_EveryCommand_DescribesItself()
    {
        foreach (var command in new[] { "generate", "validate", "analyze", "worklist" })
        {
            var run = CliRun.Of(command, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--", run.Output);
        }
    }

    [Theory]
    [InlineData("2001-03-01", false)]
    [InlineData("2190-01-01", true)]
    public void Generate_Start_HistoryFromThatDayAndANoteWhenItRunsPastToday(string start, bool future)
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "5", "--months", "6", "--seed", "3", "--start", start);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"world, {start} to ", run.Output);
        Assert.Equal(future, run.Output.Contains("Note: the history runs on after today"));
    }

    [Fact]
    public void Analyze_AsOfAfterToday_DatesUpToItAreNotReportedAsOutliers()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--out", data.Path, "--customers", "20", "--months", "3", "--start", "2190-01-01").ExitCode);

        var asOfToday = CliRun.Of("analyze", "--data", data.Path, "--out", output.File("a"));
        var asOfLater = CliRun.Of("analyze", "--data", data.Path, "--out", output.File("b"), "--as-of", "2190-03-31");

        Assert.Contains("Data quality:", asOfToday.Output);
        Assert.DoesNotContain("Data quality:", asOfLater.Output);
    }

    [Fact]
    public void Generate_OneCustomer_CountedInTheSingular()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "1", "--months", "1");

        Assert.StartsWith("Wrote 1 customer, ", run.Output.Split('\n').Single(l => l.StartsWith("Wrote", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_SameSeed_SameFiles()
    {
        using var first = Generated();
        using var second = Generated();

        Assert.Equal(File.ReadAllBytes(first.File("contact_attempts.csv")), File.ReadAllBytes(second.File("contact_attempts.csv")));
    }

    /// <summary>
    /// data-samples/README.md promises the samples regenerate byte for byte; this also pins the generator's default
    /// world, so a new scenario option cannot change existing data unnoticed.
    /// </summary>
    [Fact]
    public void Generate_SamplesCommand_ReproducesDataSamplesByteForByte()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "500", "--months", "18", "--seed", "42");

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv", "ground_truth.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(CliRun.SampleData, file)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.File(file))), file);
    }

    [Fact]
    public void Generate_BySegmentOutOfRange_ClearMessageAndExitTwo()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "5", "--by-segment", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: responsiveness by segment must be 0 to 1, got 2", run.Error.TrimEnd());
    }

    [Fact]
    public void Generate_UnknownWorld_OneLineListingTheWorldsAndExitTwo()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "5", "--world", "utopia");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --world: 'utopia' is not one of default, individual, segment, pressure, intro, decay, null", run.Error.TrimEnd());
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Generate_NullWorld_TruthIsTheSameUnderEveryChannel()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("generate", "--out", folder.Path, "--customers", "20", "--months", "3", "--world", "Null");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(null world, 2024-01-01 to 2024-03-31)", run.Output);
        Assert.All(File.ReadLines(folder.File("ground_truth.csv")).Skip(1).Select(line => line.Split(',')),
            cells => Assert.True(cells[1] == cells[2] && cells[2] == cells[3], string.Join(',', cells)));
    }

    [Fact]
    public void Validate_CleanData_ExitsZeroAndWritesReport()
    {
        using var data = Generated();
        using var output = new TempFolder();

        var run = CliRun.Of("validate", "--data", data.Path, "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No issues: every row was kept.", run.Output);
        Assert.StartsWith("kind,file,line,column,value,reason,count,severity", File.ReadAllText(output.File("data_quality.csv")));
    }

    [Fact]
    public void Validate_BadRowLenient_ReportsItAndExitsZero()
    {
        using var data = Generated();
        File.AppendAllText(data.File("invoices.csv"), "BAD1,C000001,2024-02-01,2024-01-01,10.00,EUR\n");
        using var output = new TempFolder();

        var run = CliRun.Of("validate", "--data", data.Path, "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("due_on is before issued_on", run.Output);
        Assert.Contains("issue,invoices.csv", File.ReadAllText(output.File("data_quality.csv")));
    }

    [Fact]
    public void Validate_ErrorAndWarning_DataQualityFileSaysWhichIsWhich()
    {
        using var data = Generated();
        File.AppendAllText(data.File("invoices.csv"), "BAD1,C000001,2024-02-01,2024-01-01,10.00,EUR\n");
        var customers = File.ReadAllLines(data.File("customers.csv"));
        var email = Array.IndexOf(customers[0].Split(','), "email");
        var first = customers[1].Split(',');
        first[email] = "no-at-sign.example";
        customers[1] = string.Join(',', first);
        File.WriteAllLines(data.File("customers.csv"), customers);
        using var output = new TempFolder();

        Assert.Equal(0, CliRun.Of("validate", "--data", data.Path, "--out", output.Path).ExitCode);

        var issues = File.ReadAllLines(output.File("data_quality.csv")).Where(l => l.StartsWith("issue,")).ToArray();
        Assert.Single(issues, l => l.StartsWith("issue,invoices.csv,") && l.EndsWith(",1,error"));
        Assert.Single(issues, l => l.StartsWith("issue,customers.csv,2,email,no-at-sign.example,") && l.EndsWith(",1,warning"));
    }

    [Fact]
    public void Validate_BadRowStrict_ExitsTwoWithOneLineReasonAndNoStackTrace()
    {
        using var data = Generated();
        File.AppendAllText(data.File("invoices.csv"), "BAD1,C000001,2024-02-01,2024-01-01,10.00,EUR\n");

        var run = CliRun.Of("validate", "--data", data.Path, "--strict");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: invoices.csv line ", run.Error);
        Assert.Contains("column due_on, value '2024-01-01'", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var run = CliRun.Of("validate", "--data", "/no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --data: the data folder or file /no/such/folder does not exist", run.Error.TrimEnd());
    }

    [Fact]
    public void Analyze_BadAsOf_IsABadValueWithExitTwo()
    {
        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", "y", "--as-of", "31/12/2024");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --as-of: '31/12/2024' is not a date in the form yyyy-MM-dd", run.Error.TrimEnd());
    }

    [Fact]
    public void Analyze_GeneratedData_WritesTheFourFilesWithStableColumns()
    {
        using var data = Generated(80);
        using var output = new TempFolder();

        var run = CliRun.Of("analyze", "--data", data.Path, "--out", output.Path, "--by", "segment");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("episode view, as of 2024-06-30", run.Output);
        Assert.Contains("The tables above are the whole book; the files have them per segment too (their group column).", run.Output.ReplaceLineEndings(""));
        Assert.StartsWith("view,group,channel_mix,invoices,paid_invoices,amount,", File.ReadAllText(output.File("channel_mix_summary.csv")));
        var dso = File.ReadAllLines(output.File("dso_monthly.csv"));
        foreach (var column in new[] { "month", "channel_mix", "sales", "ar_start", "ar_end", "current_ar_end", "dso", "countback_dso", "best_possible_dso", "add", "cei" })
            Assert.Contains(column, dso[0].Split(','));
        Assert.Contains(dso, line => line.StartsWith("SMB,2024-03,all,"));
        Assert.StartsWith("view,group,channel_mix,day,at_risk,paid,", File.ReadAllText(output.File("survival.csv")));
        Assert.Contains("\"as_of\": \"2024-06-30\"", File.ReadAllText(output.File("metrics.json")));
    }

    [Fact]
    public void Analyze_AsOfInThePast_CensorsLaterEvents()
    {
        using var data = Generated(80);
        using var output = new TempFolder();

        var run = CliRun.Of("analyze", "--data", data.Path, "--out", output.Path, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(File.ReadAllLines(output.File("dso_monthly.csv")), line => line.Contains(",2024-04,"));
    }

    [Fact]
    public void Worklist_DataSamples_WritesRankedFormulaSafeRowsTwiceIdentically()
    {
        using var output = new TempFolder();

        var first = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", output.File("a.csv"), "--collectors", "2");
        var second = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", output.File("b.csv"), "--collectors", "2");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var lines = File.ReadAllLines(output.File("a.csv"));
        Assert.StartsWith("rank,customer_id,", lines[0]);
        Assert.True(lines.Length > 100);
        Assert.StartsWith("1,", lines[1]);
        Assert.DoesNotContain(lines.Skip(1), line => line.Contains(",+"));
        Assert.Equal(File.ReadAllBytes(output.File("a.csv")), File.ReadAllBytes(output.File("b.csv")));
    }

    [Fact]
    public void Worklist_ChallengerShare_DrawsChannelsAtRandomTheSameWayEveryRun()
    {
        using var output = new TempFolder();

        var first = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", output.File("a.csv"), "--challenger-share", "0.3");
        var second = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", output.File("b.csv"), "--challenger-share", "0.3");
        var otherSeed = CliRun.Of("worklist", "--data", CliRun.SampleData, "--out", output.File("c.csv"), "--challenger-share", "0.3",
            "--challenger-seed", "2");

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, otherSeed.ExitCode));
        var sources = File.ReadAllLines(output.File("a.csv")).Skip(1).Select(line => line.Contains(",challenger,")).ToArray();
        Assert.InRange(sources.Count(s => s), 0.15 * sources.Length, 0.45 * sources.Length);
        Assert.Contains("challengers: channel drawn at random", first.Output);
        Assert.Equal(File.ReadAllBytes(output.File("a.csv")), File.ReadAllBytes(output.File("b.csv")));
        Assert.NotEqual(File.ReadAllBytes(output.File("a.csv")), File.ReadAllBytes(output.File("c.csv")));
    }
}
