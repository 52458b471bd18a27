using System.CommandLine;
using System.Runtime.ExceptionServices;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Worklists;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary>
/// <c>report</c>: everything in one go — load and validate, analyze, train the channel model when none is given,
/// recommend, build the worklist with the model's advice — written into one folder: collections-insight.xlsx, report.html, charts/*.svg, charts/*.png and the CSV files of the other commands.
/// The folder is filled completely or not at all.
/// </summary>
internal static class ReportCommand
{
    public static readonly string[] Files =
    [
        "collections-insight.xlsx", "report.html", "channel_mix_summary.csv", "dso_monthly.csv", "survival.csv", "invoice_outcomes.csv", "metrics.json",
        "data_quality.csv", "worklist.csv", "recommendations.csv",
    ];

    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Measure as of this date (default: the latest date in the data)");
        var output = CommonOptions.Out("Folder to write the workbook, report.html, charts/ and the CSV files into");
        var model = ModelOptions.ExistingModel("Model file written by train (default: train one on this data with default options)", required: false);
        var maskPii = new Option<bool>("--mask-pii") { Description = "Mask contact names, phone numbers and emails in every output file" };
        var dsoPeriod = AnalyzeCommand.DsoPeriodMonths();
        var mapping = CommonOptions.Mapping();
        var command = new Command("report", "Write the full report: Excel workbook, HTML report, SVG and PNG charts and the CSV files")
        {
            data, asOf, output, model, maskPii, dsoPeriod, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var folder = parse.GetRequiredValue(data);
            var history = CommonOptions.LoadHistory(context, folder, parse.GetValue(mapping));
            var masked = parse.GetValue(maskPii);
            if (masked) history = PiiMask.History(history);
            var effectiveness = ChannelEffectiveness.Compute(history, CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf)), new ChannelEffectivenessOptions { DsoPeriodMonths = parse.GetValue(dsoPeriod) });
            var (trained, note) = Model(context, history, effectiveness.AsOf, parse.GetValue(model));
            var recommendations = trained is null ? [] : ModelOptions.Recommend(context, trained, history, effectiveness.AsOf, allCustomers: false);
            var content = new ReportContent(effectiveness.AsOf, Path.GetFileName(Path.GetFullPath(folder)), history.Quality, effectiveness)
            {
                Model = trained,
                Recommendations = recommendations,
                ModelNote = note,
                Worklist = Worklist.Build(history, effectiveness.AsOf, advice: recommendations.ToAdvice()),
                PiiMasked = masked,
            };
            var target = parse.GetRequiredValue(output);
            AtomicOutput.ReplaceFolder(target, staging => Write(staging, content));
            AnalyzeCommand.PrintHeadline(context.Console, effectiveness);
            context.Console.WriteLine($"Wrote {string.Join(", ", Files)} and charts/*.svg, charts/*.png to {target}");
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>The given model, or one trained on the data with default options; none, with the reason, when too little data.</summary>
    private static (ChannelModel? Model, string Note) Model(CliContext context, CollectionHistory history, DateOnly asOf, string? file)
    {
        if (file is not null)
        {
            var given = ChannelModel.Load(file);
            return (given, $"given ({Path.GetFileName(file)}, trained as of {given.Options.AsOf:yyyy-MM-dd})");
        }
        context.Console.WriteLine("No --model given: training the channel model on this data with default options...");
        try
        {
            return (context.WithStatus("Training the channel model...",
                    step => ChannelRecommender.Train(history, new RecommenderOptions { AsOf = asOf }, progress: message => step($"Training: {message}..."))),
                "trained on this data with default options (no --model given)");
        }
        catch (InvalidDataException e)
        {
            context.Console.WriteLine($"No channel model: {e.Message}. The report is written without one.");
            return (null, $"none could be trained on this data: {e.Message}");
        }
    }

    /// <summary>
    /// The workbook, the CSV files and the charts with the HTML report read the same finished content and write different
    /// files, so they are written side by side: the report takes the time of the longest, not of all three.
    /// </summary>
    private static void Write(string folder, ReportContent content) =>
        SideBySide(
            () => ExcelReport.Write(Path.Combine(folder, "collections-insight.xlsx"), content),
            () =>
            {
                AnalyzeCommand.Write(folder, content.Effectiveness);
                DataQualityFile.Write(Path.Combine(folder, "data_quality.csv"), content.Quality, content.PiiMasked ? PiiMask.Issue : null);
                content.Worklist?.WriteCsv(Path.Combine(folder, "worklist.csv"));
                RecommendationsFile.Write(Path.Combine(folder, "recommendations.csv"), content.Recommendations);
            },
            () =>
            {
                var charts = ReportCharts.Build(content);
                ReportCharts.Save(Path.Combine(folder, "charts"), charts);
                HtmlReport.Write(Path.Combine(folder, "report.html"), content, charts);
            });

    /// <summary>Runs the actions in parallel; a failure surfaces as its own exception (not wrapped), so the usual message is shown.</summary>
    private static void SideBySide(params Action[] actions)
    {
        try
        {
            Parallel.Invoke(actions);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
