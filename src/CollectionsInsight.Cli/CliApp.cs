using System.CommandLine;
using System.Globalization;
using CollectionsInsight.Cli.Commands;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using Spectre.Console;

namespace CollectionsInsight.Cli;

/// <summary>
/// The <c>collections-insight</c> console. Exit codes: 0 success, 1 wrong usage, 2 input that cannot be
/// used (missing file, bad data in strict mode, bad option value), 3 an unexpected failure.
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
internal sealed class CliContext(IAnsiConsole console, TextWriter error, bool interactive)
{
    public IAnsiConsole Console { get; } = console;
    public bool Interactive { get; } = interactive;

    /// <summary>Today, for data without any date of its own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Runs a command body, turning the failures a user can fix into one clear line and an exit code.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (DataLoadException e)
        {
            return Fail(e.Message);
        }
        catch (ArgumentException e)
        {
            return Fail(OneLine(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Fail(e.Message);
        }
        catch (Exception e)
        {
            error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message}");
            return CliApp.InternalError;
        }
    }

    /// <summary>.NET appends " (Parameter 'X')" and, on a second line, "Actual value was V."; the user needs the reason and the value.</summary>
    private static string OneLine(ArgumentException e)
    {
        var message = e.Message.Split('\n')[0].TrimEnd();
        if (e.ParamName is { } name) message = message.Replace($" (Parameter '{name}')", "");
        return e is ArgumentOutOfRangeException { ActualValue: { } value }
            ? $"{message}, got {Convert.ToString(value, CultureInfo.InvariantCulture)}"
            : message;
    }

    private int Fail(string message)
    {
        error.WriteLine($"error: {message}");
        return CliApp.InputError;
    }

    /// <summary>Runs work that says in words what it is doing: a live status line on a terminal, one plain line per step otherwise.</summary>
    public T WithStatus<T>(string first, Func<Action<string>, T> work)
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
}

/// <summary>Options several commands share, with their parsing and help text in one place.</summary>
internal static class CommonOptions
{
    public static Option<string> Data() => new Option<string>("--data")
    {
        Description = "Folder with customers.csv, invoices.csv, payments.csv and contact_attempts.csv",
        Required = true,
    }.MustExist("data folder", folder: true);

    public static Option<string> Out(string description, bool required = true) => new("--out") { Description = description, Required = required };

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
        context.WithProgress("loading", report => CollectionHistory.Load(folder, new LoadOptions
        {
            Strict = strict,
            AsOf = exportDate,
            Mapping = mapping,
            Progress = new Progress(report),
        }));

    /// <summary>
    /// The as-of date of an analysis, printed with the reason: the one given, else the latest date in the data that
    /// is not an outlier, else (no dates at all) today.
    /// </summary>
    public static DateOnly ResolveAsOf(CliContext context, CollectionHistory history, DateOnly? given)
    {
        var (date, why) = given is { } g ? (g, "given with --as-of")
            : history.LatestDate is { } latest
                ? (latest, history.LaterDatesSetAside == 0 ? "the latest date in the data"
                    : $"the latest date in the data; {(history.LaterDatesSetAside == 1 ? "1 later date is set aside as an outlier" : $"{history.LaterDatesSetAside:N0} later dates are set aside as outliers")} (see the data-quality warnings)")
                : (DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime), "today, as the data has no dates");
        context.Console.WriteLine($"As of {date:yyyy-MM-dd}: {why}.");
        return date;
    }

    private sealed class Progress(Action<string, double> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) =>
            report($"loading {value.File}", value.TotalBytes == 0 ? 100 : 100.0 * value.BytesRead / value.TotalBytes);
    }
}
