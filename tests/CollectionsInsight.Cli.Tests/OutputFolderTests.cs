using System.Diagnostics;

namespace CollectionsInsight.Cli.Tests;

/// <summary>An output folder holds one run's files: never a mix of two runs, never leftovers of an earlier one.</summary>
public class OutputFolderTests
{
    [Fact]
    public void Analyze_IntoFolderOfEarlierRun_NoFileOfTheEarlierRunSurvives()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        Assert.Equal(0, CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "policy-values.svg"), "from an earlier run");

        var run = CliRun.Of("analyze", "--data", CliRun.SampleData, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(Path.Combine(output, "policy-values.svg")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("report")]
    public void Command_IntoFolderOfOtherFiles_RefusedBeforeLoadingWithExitTwo(string command)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.txt"), "mine");

        var run = CliRun.Of(command, "--data", CliRun.SampleData, "--out", folder.Path);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("not empty and was not written by collections-insight", run.Error);
        Assert.DoesNotContain("loading", run.Output);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>
    /// kill -9 at moments spread over a whole run (loading, computing, writing, swapping): the folder is then
    /// exactly the earlier run's or exactly the new run's, and the next run leaves no staging folder behind.
    /// </summary>
    [Theory]
    [InlineData("analyze")]
    [InlineData("report")]
    public void Command_KilledAtAnyMoment_FolderIsEntirelyOldOrEntirelyNew(string command)
    {
        string[] Args(string data, string output) =>
            command == "report" && data == CliRun.SampleData
                ? [command, "--data", data, "--out", output, "--model", CliRun.SampleModel]
                : [command, "--data", data, "--out", output];
        using var folder = new TempFolder();
        var oldData = folder.File("old-data");
        Assert.Equal(0, CliRun.Of("generate", "--out", oldData, "--customers", "30", "--months", "6", "--seed", "5").ExitCode);
        var output = folder.File("out");
        var newFiles = folder.File("new");
        Assert.Equal(0, CliRun.Of(Args(CliRun.SampleData, newFiles)).ExitCode);
        Assert.Equal(0, CliRun.Of(Args(oldData, output)).ExitCode);
        var oldSnapshot = Snapshot(output);
        var newSnapshot = Snapshot(newFiles);
        var full = Stopwatch.StartNew();
        using (var process = Spawn(Args(CliRun.SampleData, folder.File("timing"))))
            process.WaitForExit();
        var runTime = full.Elapsed;

        var outcomes = new List<string>();
        for (var step = 0; step < 8; step++)
        {
            // Counted from the run's first line of output, so the first kill lands mid-run however loaded the machine is.
            using var started = new ManualResetEventSlim();
            using var process = Spawn(Args(CliRun.SampleData, output), started);
            Assert.True(started.Wait(TimeSpan.FromMinutes(2)), "the run printed nothing");
            Thread.Sleep(runTime * step / 8);
            if (!process.HasExited) process.Kill();
            process.WaitForExit();

            var now = Snapshot(output);
            var isOld = Same(now, oldSnapshot);
            Assert.True(isOld || Same(now, newSnapshot), $"kill at {step}/8 of a run after its first line left a mix: {string.Join(", ", now.Keys)}");
            outcomes.Add(isOld ? "old" : "new");
            if (!isOld) Assert.Equal(0, CliRun.Of(Args(oldData, output)).ExitCode);
        }

        Assert.Equal(0, CliRun.Of(Args(CliRun.SampleData, output)).ExitCode);
        Assert.True(Same(Snapshot(output), newSnapshot));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(folder.Path), e => Path.GetFileName(e).StartsWith(".out.", StringComparison.Ordinal));
        Assert.Contains("old", outcomes);
    }

    /// <summary>Starts the console; <paramref name="firstOutput"/>, if given, is set when it prints its first line.</summary>
    private static Process Spawn(string[] args, ManualResetEventSlim? firstOutput = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "collections-insight.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", cli }.Concat(args)) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) firstOutput?.Set();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes)
            : [];

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && entry.Value.AsSpan().SequenceEqual(other));
}
