using System.Diagnostics;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>
/// A program some tests run (a browser, an office suite), expected at <paramref name="DefaultPath"/> or where
/// <paramref name="PathVariable"/> says. When it is absent those tests fail with a message saying how to install it,
/// unless <paramref name="OptOut"/>=1 explicitly opts out (then they pass after saying they did not run).
/// </summary>
internal sealed record ExternalProgram(string Name, string DefaultPath, string PathVariable, string OptOut, string InstallHint)
{
    /// <summary>The program's path, or null when the caller should stop because of the explicit opt-out.</summary>
    public string? Require(ITestOutputHelper output)
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? p : DefaultPath;
        if (File.Exists(path)) return path;
        if (Environment.GetEnvironmentVariable(OptOut) == "1")
        {
            output.WriteLine($"NOT RUN: {Name} is not at {path} and {OptOut}=1 opts out of its tests.");
            return null;
        }
        Assert.Fail($"{Name} is not installed at {path}. {InstallHint}, set {PathVariable}, or set {OptOut}=1 to skip its tests knowingly.");
        return null;
    }

    /// <summary>Runs <paramref name="program"/>; returns its exit code, stdout and stderr, failing the test if it takes longer than <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, output, error.Result);
    }
}
