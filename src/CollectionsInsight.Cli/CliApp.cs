using System.CommandLine;
using System.Globalization;
using CollectionsInsight.Cli.Commands;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli;

/// <summary>
/// The <c>collections-insight</c> console. Exit codes: 0 success, 1 wrong usage, 2 input that cannot be
/// used (a bad option value, a <see cref="CollectionsInsightException"/>: bad data, a bad model file, too little
/// data; or a file or folder that cannot be read or written), 3 an unexpected failure (a bug).
/// No command prints a stack trace.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InputError = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (width is not null || !interactive) console.Profile.Width = width ?? 160;
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

/// <summary>What every command needs: where to print, and whether a person is watching (progress bars) or not (plain lines).</summary>
internal sealed class CliContext(IAnsiConsole console, TextWriter error, bool interactive) : IReportProgress
{
    public IAnsiConsole Console { get; } = console;
    public bool Interactive { get; } = interactive;

    /// <summary>Today, for data without any date of its own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Runs a command body, turning the failures a user can fix into one clear line and exit code 2, and anything
    /// else (a bug, such as an <see cref="ArgumentException"/>: option values are checked while parsing) into one line and exit code 3.
    /// </summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CollectionsInsightException e)
        {
            return Fail(e.Message);
        }
        // The user's own machine, not a bug: a folder they cannot write, a file another program holds locked, a full disk.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
        catch (Exception e)
        {
            error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message.Split('\n')[0].TrimEnd()}");
            return CliApp.InternalError;
        }
    }

    private int Fail(string message)
    {
        error.WriteLine($"error: {message}");
        return CliApp.InputError;
    }

    /// <summary>Loading with a progress display of how far it is through the files.</summary>
    public CollectionHistory Loading(Func<IProgress<LoadProgress>?, CollectionHistory> load) =>
        WithProgress("loading", report => load(new LoadingProgress(report)));

    /// <summary>One line on the console.</summary>
    public void Say(string line) => Console.WriteLine(line);

    /// <summary>Runs work that says in words what it is doing: a live status line on a terminal, one plain line per step otherwise.</summary>
    public T Working<T>(string first, Func<Action<string>, T> work)
    {
        if (!Interactive)
        {
            Console.WriteLine(first);
            return work(step => Console.WriteLine(step));
        }
        return Console.Status().Start(Markup.Escape(first), status => work(step => status.Status(Markup.Escape(step))));
    }

    /// <summary>Runs work with a progress display on a terminal and plain progress lines otherwise.</summary>
    public T WithProgress<T>(string description, Func<Action<string, double>, T> work)
    {
        if (!Interactive)
        {
            var lastPercent = -10.0;
            return work((stage, percent) =>
            {
                if (percent < lastPercent + 10 && percent < 100) return;
                lastPercent = percent;
                Console.WriteLine($"{stage}: {percent:0}%");
            });
        }
        T result = default!;
        Console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(description);
            result = work((stage, percent) =>
            {
                task.Description = stage;
                task.Value = Math.Min(100, percent);
            });
            task.Value = 100;
        });
        return result;
    }

    private sealed class LoadingProgress(Action<string, double> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) =>
            report($"loading {value.File}", value.TotalBytes == 0 ? 100 : 100.0 * value.BytesRead / value.TotalBytes);
    }
}

/// <summary>Options several commands share, with their parsing and help text in one place.</summary>
internal static class CommonOptions
{
    public static Option<string> Data() => new Option<string>("--data")
    {
        Description = "Folder with customers.csv, invoices.csv, payments.csv and contact_attempts.csv",
        Required = true,
    }.MustExist("data folder", folder: true);

    /// <summary>--out; an empty one given to an optional --out (validate) means the current folder, as it always has.</summary>
    public static Option<string> Out(string description, bool required = true)
    {
        var option = new Option<string>("--out") { Description = description, Required = required };
        return required ? option.NotEmpty() : option;
    }

    public static ExportFormatOptions Mapping() => new();

    public static Option<DateOnly?> AsOf(string description) => new("--as-of")
    {
        Description = description + " (yyyy-MM-dd)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            result.AddError($"--as-of: '{text}' is not a date in the form yyyy-MM-dd");
            return null;
        },
    };

    /// <summary>
    /// Loads a data folder with a progress display. <paramref name="exportDate"/> is the date anything later is an
    /// outlier (validate's --as-of); analysis commands leave it at today and censor at their own as-of date, so
    /// events after it are ignored rather than reported.
    /// </summary>
    public static CollectionHistory LoadHistory(CliContext context, string folder, ColumnMapping? mapping, bool strict = false, DateOnly? exportDate = null) =>
        context.Loading(progress => CollectionHistory.Load(folder, new LoadOptions
        {
            Strict = strict,
            AsOf = exportDate,
            Mapping = mapping,
            Progress = progress,
        }));

    /// <summary>The as-of date of an analysis (<see cref="AsOfChoice"/>), printed with the reason.</summary>
    public static DateOnly ResolveAsOf(CliContext context, CollectionHistory history, DateOnly? given)
    {
        var choice = AsOfChoice.Of(history, given, context.Time);
        context.Console.WriteLine(choice.ToString());
        return choice.Date;
    }

    /// <summary>--dso-period-months: many credit teams report a monthly DSO, others a quarterly one (the default).</summary>
    public static Option<int> DsoPeriodMonths() =>
        new Option<int>("--dso-period-months")
        {
            Description = "Months in each DSO period (the month and the ones before it): 1 for a monthly DSO, 3 for quarterly",
            DefaultValueFactory = _ => new ChannelEffectivenessOptions().DsoPeriodMonths,
        }.Within(1, 12);

    /// <summary>File names as the console lists them: <c>a.csv, b.csv and c.json</c>.</summary>
    public static string Listed(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
