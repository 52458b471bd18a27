using System.Diagnostics;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// Validates a notebook with Jupyter's own validator (python3-nbformat). Tries <c>python3</c> on the PATH, then
/// the system's <c>/usr/bin/python3</c> (where Debian's python3-nbformat lives when a pyenv or venv python comes
/// first on the PATH); a missing python or nbformat is an error that says what to install.
/// </summary>
public static class NbformatValidator
{
    private const string Script = "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))";
    private const string Install = "install python3 and nbformat (apt-get install python3-nbformat, or pip install nbformat)";
    private static readonly string[] Pythons = ["python3", "/usr/bin/python3"];
    private static readonly Lazy<string> Python = new(FindPython);

    /// <summary>Null when the notebook is valid, else the validator's message.</summary>
    public static string? Validate(string path)
    {
        var (exitCode, output) = Run(Python.Value, "-c", Script, path);
        return exitCode == 0 ? null : output;
    }

    private static string FindPython()
    {
        var tried = new List<string>();
        foreach (var python in Pythons)
        {
            try
            {
                var (exitCode, output) = Run(python, "-c", "import nbformat");
                if (exitCode == 0) return python;
                tried.Add($"{python}: {output.Trim().Split('\n')[^1]}");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                tried.Add($"{python}: {e.Message}");
            }
        }
        throw new InvalidOperationException($"Cannot validate notebooks: no python3 with nbformat ({string.Join("; ", tried)}). To fix, {Install}.");
    }

    private static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
