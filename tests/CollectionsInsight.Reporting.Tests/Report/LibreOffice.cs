using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>
/// Headless LibreOffice for tests that open the Excel report as a credit manager without Excel would. soffice is
/// expected at /usr/bin/soffice (or LIBREOFFICE_PATH); when it is absent the tests fail with a message saying so,
/// unless COLLECTIONS_INSIGHT_SKIP_LIBREOFFICE=1 explicitly opts out (then they pass after saying they did not run).
/// </summary>
internal static class LibreOffice
{
    private static readonly ExternalProgram Program = new("LibreOffice", "/usr/bin/soffice", "LIBREOFFICE_PATH",
        "COLLECTIONS_INSIGHT_SKIP_LIBREOFFICE",
        "Install Debian's 'libreoffice-calc' package (apt-get install -y --no-install-recommends libreoffice-calc; CI's .ci/run does)");

    /// <summary>soffice's path, or null when the caller should stop because of the explicit opt-out.</summary>
    public static string? Require(ITestOutputHelper output) => Program.Require(output);

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
            return ExternalProgram.Run(soffice, [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore",
                "--convert-to", format, "--outdir", outputFolder, document], TimeSpan.FromSeconds(180));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
