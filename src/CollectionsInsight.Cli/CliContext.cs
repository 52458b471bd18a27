using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli;

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
        error.WriteLine($"error: {Printable(message)}");
        return CliApp.InputError;
    }

    /// <summary>
    /// Text from the data made safe for a terminal: control characters (an export's escape sequences, NUL bytes, line
    /// breaks inside a value) shown as '?', so that a value can neither recolour the console nor break an error's one line.
    /// </summary>
    public static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? '?' : c)) : text;

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
