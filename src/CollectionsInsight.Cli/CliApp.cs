using System.CommandLine;
using CollectionsInsight.Cli.Commands;
using CollectionsInsight.Domain;
using Spectre.Console;

namespace CollectionsInsight.Cli;

/// <summary>
/// The <c>collections-insight</c> console. Exit codes: 0 success, 1 wrong usage, 2 input that cannot be
/// used (a bad option value, a <see cref="CollectionsInsightException"/>: bad data, a bad model file, too little
/// data; or a file or folder that cannot be read or written), 3 an unexpected failure (a bug).
/// No command prints a stack trace.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InputError = 2;
    public const int InternalError = 3;

    /// <summary>
    /// The width Spectre.Console lays out redirected output in: wide enough that no line of text is broken (a file or a
    /// pipe has no width to fit, and a caveat cut mid-phrase cannot be searched); tables keep their natural width.
    /// </summary>
    internal const int RedirectedWidth = 100_000;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (width is not null || !interactive) console.Profile.Width = width ?? RedirectedWidth;
        var context = new CliContext(console, error, interactive);
        var root = new RootCommand("collections-insight: which collection channel (phone, email, both) gets B2B customers to pay sooner, and what it does to DSO.")
        {
            GenerateCommand.Create(context),
            ValidateCommand.Create(context),
            AnalyzeCommand.Create(context),
            ReportCommand.Create(context),
            WorklistCommand.Create(context),
            TrainCommand.Create(context),
            RecommendCommand.Create(context),
            EvaluateCommand.Create(context),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        // One line, not the help text: the help is one --help away.
        if (parsed.Errors.Count > 0) return OptionChecks.Report(parsed, error);
        return parsed.Invoke(configuration);
    }
}
