using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>
/// Headless Chromium for tests that look at the HTML report as a browser renders it. Chromium is expected at
/// /usr/bin/chromium (or CHROMIUM_PATH); when it is absent the tests fail with a message saying so, unless
/// COLLECTIONS_INSIGHT_SKIP_CHROMIUM=1 explicitly opts out (then they pass after saying they did not run).
/// </summary>
internal static class Chromium
{
    private static readonly ExternalProgram Program = new("Chromium", "/usr/bin/chromium", "CHROMIUM_PATH",
        "COLLECTIONS_INSIGHT_SKIP_CHROMIUM", "Install Debian's 'chromium' package (CI's .ci/run does)");

    /// <summary>The browser's path, or null when the caller should stop because of the explicit opt-out.</summary>
    public static string? Require(ITestOutputHelper output) => Program.Require(output);

    /// <summary>Runs Chromium headless on <paramref name="page"/> with a fresh profile; returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Output, string Error) Run(string chromium, string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("ci-chromium-").FullName;
        try
        {
            string[] options = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile}"];
            return ExternalProgram.Run(chromium, [.. options, .. arguments, new Uri(page).AbsoluteUri], TimeSpan.FromSeconds(90));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
