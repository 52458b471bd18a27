using System.CommandLine;
using CollectionsInsight.IO;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>report</c>: the report bundle (<see cref="ReportBundle"/>) of the data, written into one folder.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Measure as of this date (default: the latest date in the data)");
        var output = CommonOptions.Out("Folder to write the workbook, report.html, charts/ and the CSV files into");
        var model = ModelOptions.ExistingModel("Model file written by train (default: train one on this data with default options)", required: false);
        var maskPii = new Option<bool>("--mask-pii") { Description = "Mask contact names, phone numbers and emails in every output file" };
        var dsoPeriod = CommonOptions.DsoPeriodMonths();
        var mapping = CommonOptions.Mapping();
        var command = new Command("report", "Write the full report: Excel workbook, HTML report, SVG and PNG charts and the CSV files")
        {
            data, asOf, output, model, maskPii, dsoPeriod, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            AtomicOutput.RequireReplaceable(parse.GetRequiredValue(output));
            var bundle = ReportBundle.Build(parse.GetRequiredValue(data), new ReportBundleOptions
            {
                AsOf = parse.GetValue(asOf),
                ModelFile = parse.GetValue(model),
                MaskPii = parse.GetValue(maskPii),
                DsoPeriodMonths = parse.GetValue(dsoPeriod),
                Mapping = parse.GetValue(mapping),
                Time = context.Time,
            }, context);
            CommonOptions.SayDataQuality(context, parse.GetRequiredValue(data), bundle.Content.Quality, formatGiven: parse.GetValue(mapping) is not null);
            var target = parse.GetRequiredValue(output);
            bundle.Write(target);
            HeadlineTables.Print(context.Console, bundle.Content.Effectiveness);
            context.Console.WriteLine($"Wrote {string.Join(", ", ReportBundle.FileNames)} and {ReportBundle.ChartsFolder}/*.svg, {ReportBundle.ChartsFolder}/*.png to {target}");
            return CliApp.Success;
        }));
        return command;
    }
}
