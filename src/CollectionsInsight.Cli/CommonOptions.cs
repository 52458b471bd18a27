using System.CommandLine;
using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli;

/// <summary>Options several commands share, with their parsing and help text in one place.</summary>
internal static class CommonOptions
{
    public static Option<string> Data() => new Option<string>("--data")
    {
        Description = "Folder with customers.csv, invoices.csv, payments.csv and contact_attempts.csv (or one flat export of invoices: that file, or a folder holding only it)",
        Required = true,
    }.MustExist("data folder or file", folder: null);

    /// <summary>
    /// --out, a folder or (<paramref name="folder"/> false) a file, refused before loading when it names the other kind;
    /// an empty one given to an optional --out (validate) means the current folder, as it always has.
    /// </summary>
    public static Option<string> Out(string description, bool required = true, bool folder = true)
    {
        var option = new Option<string>("--out") { Description = description, Required = required }.OfKind(folder);
        return required ? option.NotEmpty() : option;
    }

    public static ExportFormatOptions Mapping() => new();

    private static readonly DateOnly EarliestAsOf = new(1900, 1, 1), LatestAsOf = new(2199, 12, 31);

    public static Option<DateOnly?> AsOf(string description) => Date("--as-of", description);

    /// <summary>A date option in yyyy-MM-dd, within the dates a collection history can plausibly hold.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                result.AddError($"{name}: '{text}' is not a date in the form yyyy-MM-dd");
            else if (date < EarliestAsOf || date > LatestAsOf)
                // Periods and horizons are counted on from the as-of date, and beyond the calendar's end they cannot be.
                result.AddError($"{name}: {text} is not a plausible date of a collection history (from {EarliestAsOf:yyyy-MM-dd} to {LatestAsOf:yyyy-MM-dd})");
            else
                return date;
            return null;
        },
    };

    /// <summary>
    /// Loads a data folder with a progress display. <paramref name="exportDate"/> is the date anything later is an
    /// outlier (validate's --as-of); analysis commands leave it at today and censor at their own as-of date
    /// (<paramref name="asOf"/>), so events after it are ignored rather than reported, unless their as-of date is later
    /// than today: then it is the export date, so that what they analyse is not also reported as set aside. Unless
    /// <paramref name="quiet"/> (validate, which lists them), issues are summed up in one line, so that an analysis of
    /// half the data never looks like one of all of it.
    /// </summary>
    public static CollectionHistory LoadHistory(CliContext context, string folder, ColumnMapping? mapping,
        bool strict = false, DateOnly? exportDate = null, bool quiet = false, DateOnly? asOf = null)
    {
        var history = context.Loading(progress => CollectionHistory.Load(folder, new LoadOptions
        {
            Strict = strict,
            AsOf = exportDate,
            AnalysisAsOf = asOf,
            Mapping = mapping,
            Progress = progress,
        }));
        if (!quiet) SayDataQuality(context, folder, history.Quality, formatGiven: mapping is not null);
        return history;
    }

    /// <summary>
    /// Where loading rejected rows or treated values as missing, one line that says so, and the validate command that
    /// lists them: with the same mapping and format options when <paramref name="formatGiven"/>, which it needs to read
    /// the files the same way. A file of which no row could be kept stops the command (exit code 2).
    /// </summary>
    public static void SayDataQuality(CliContext context, string folder, DataQualityReport quality, bool formatGiven)
    {
        if (quality.IsClean) return;
        context.Say($"Data quality: {quality.Tally}; validate --data {folder}{(formatGiven ? " with the same mapping and format options" : "")} lists them.");
        quality.RequireRowsKept();
    }

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
}
