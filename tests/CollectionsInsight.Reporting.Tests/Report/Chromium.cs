using System.Diagnostics;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>
/// Headless Chromium for tests that look at the HTML report as a browser renders it. Chromium is expected at
/// /usr/bin/chromium (or CHROMIUM_PATH); when it is absent the tests fail with a message saying so, unless
/// COLLECTIONS_INSIGHT_SKIP_CHROMIUM=1 explicitly opts out (then they pass after saying they did not run).
/// </summary>
internal static class Chromium
{
    public const string OptOut = "COLLECTIONS_INSIGHT_SKIP_CHROMIUM";

    /// <summary>The browser's path, or null when the caller should stop because of the explicit opt-out.</summary>
    public static string? Require(ITestOutputHelper output)
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        if (File.Exists(path)) return path;
        if (Environment.GetEnvironmentVariable(OptOut) == "1")
        {
            output.WriteLine($"NOT RUN: Chromium is not at {path} and {OptOut}=1 opts out of browser tests.");
            return null;
        }
        Assert.Fail($"Chromium is not installed at {path}. Install Debian's 'chromium' package (CI's .ci/run does), " +
            $"set CHROMIUM_PATH, or set {OptOut}=1 to skip the browser tests knowingly.");
        return null;
    }

    /// <summary>Runs Chromium headless on <paramref name="page"/> with a fresh profile; returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Output, string Error) Run(string chromium, string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("ci-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile}" }.Concat(arguments))
                start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 90 s");
            }
            return (process.ExitCode, output, error.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
