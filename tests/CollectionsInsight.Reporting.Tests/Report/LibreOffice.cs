using System.Diagnostics;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>
/// Headless LibreOffice for tests that open the Excel report as a credit manager without Excel would. soffice is
/// expected at /usr/bin/soffice (or LIBREOFFICE_PATH); when it is absent the tests fail with a message saying so,
/// unless COLLECTIONS_INSIGHT_SKIP_LIBREOFFICE=1 explicitly opts out (then they pass after saying they did not run).
/// </summary>
internal static class LibreOffice
{
    public const string OptOut = "COLLECTIONS_INSIGHT_SKIP_LIBREOFFICE";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    /// <summary>soffice's path, or null when the caller should stop because of the explicit opt-out.</summary>
    public static string? Require(ITestOutputHelper output)
    {
        var path = Environment.GetEnvironmentVariable("LIBREOFFICE_PATH") is { Length: > 0 } p ? p : "/usr/bin/soffice";
        if (File.Exists(path)) return path;
        if (Environment.GetEnvironmentVariable(OptOut) == "1")
        {
            output.WriteLine($"NOT RUN: LibreOffice is not at {path} and {OptOut}=1 opts out of LibreOffice tests.");
            return null;
        }
        Assert.Fail($"LibreOffice is not installed at {path}. Install Debian's 'libreoffice-calc' package " +
            $"(apt-get install -y --no-install-recommends libreoffice-calc; CI's .ci/run does), set LIBREOFFICE_PATH, " +
            $"or set {OptOut}=1 to skip the LibreOffice tests knowingly.");
        return null;
    }

    /// <summary>
    /// Converts <paramref name="document"/> to <paramref name="format"/> (an extension such as pdf or ods) in
    /// <paramref name="outputFolder"/> with a fresh user profile, so parallel runs do not share one; returns soffice's
    /// exit code, stdout and stderr.
    /// </summary>
    public static (int ExitCode, string Output, string Error) Convert(string soffice, string document, string format, string outputFolder)
    {
        var profile = Directory.CreateTempSubdirectory("ci-libreoffice-").FullName;
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[] { $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore",
                         "--convert-to", format, "--outdir", outputFolder, document })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"LibreOffice did not finish within {Timeout.TotalSeconds:0} s");
            }
            return (process.ExitCode, output, error.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
