using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Export;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Worklists;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary>
/// <c>report</c>: everything in one go — load and validate, analyze, build the worklist — written into one
/// folder: collections-insight.xlsx, report.html, charts/*.svg and the CSV files of the other commands.
/// The folder is filled completely or not at all.
/// </summary>
internal static class ReportCommand
{
    public static readonly string[] Files =
    [
        "collections-insight.xlsx", "report.html", "channel_mix_summary.csv", "dso_monthly.csv", "survival.csv", "invoice_outcomes.csv", "metrics.json",
        "data_quality.csv", "worklist.csv",
    ];

    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Measure as of this date (default: the latest date in the data)");
        var output = CommonOptions.Out("Folder to write the workbook, report.html, charts/ and the CSV files into");
        var maskPii = new Option<bool>("--mask-pii") { Description = "Mask contact names, phone numbers and emails in every output file" };
        var mapping = CommonOptions.Mapping();
        var command = new Command("report", "Write the full report: Excel workbook, HTML report, SVG charts and the CSV files")
        {
            data, asOf, output, maskPii, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var folder = parse.GetRequiredValue(data);
            var history = context.WithProgress("loading", report => CollectionHistory.Load(folder,
                CommonOptions.LoadOptions(parse.GetValue(mapping), strict: false, asOf: null, report)));
            var masked = parse.GetValue(maskPii);
            if (masked) history = PiiMask.History(history);
            var effectiveness = ChannelEffectiveness.Compute(history, parse.GetValue(asOf), new ChannelEffectivenessOptions());
            var content = new ReportContent(effectiveness.AsOf, Path.GetFileName(Path.GetFullPath(folder)), history.Quality, effectiveness)
            {
                Worklist = Worklist.Build(history, effectiveness.AsOf),
                PiiMasked = masked,
            };
            var target = parse.GetRequiredValue(output);
            AtomicOutput.WriteFolder(target, staging => Write(staging, content));
            AnalyzeCommand.PrintHeadline(context.Console, effectiveness);
            context.Console.WriteLine($"Wrote {string.Join(", ", Files)} and charts/*.svg to {target}");
            return CliApp.Success;
        }));
        return command;
    }

    private static void Write(string folder, ReportContent content)
    {
        AnalyzeCommand.Write(folder, content.Effectiveness);
        DataQualityFile.Write(Path.Combine(folder, "data_quality.csv"), content.Quality, content.PiiMasked ? PiiMask.Issue : null);
        content.Worklist?.WriteCsv(Path.Combine(folder, "worklist.csv"));
        var charts = ReportCharts.Build(content);
        ReportCharts.Save(Path.Combine(folder, "charts"), charts);
        ExcelReport.Write(Path.Combine(folder, "collections-insight.xlsx"), content);
        HtmlReport.Write(Path.Combine(folder, "report.html"), content, charts);
    }
}
