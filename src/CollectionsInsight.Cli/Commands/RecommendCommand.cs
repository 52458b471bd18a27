using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>recommend</c>: the recommended channel per customer with open overdue invoices, as CSV.</summary>
internal static class RecommendCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var model = ModelOptions.ExistingModel("Model file written by train");
        var asOf = CommonOptions.AsOf("Recommend for invoices open and overdue on this date (default: the latest date in the data)");
        var output = CommonOptions.Out("CSV file to write the recommendations to", folder: false);
        var all = new Option<bool>("--all-customers") { Description = "Recommend for every customer, for a typical new effort (their usual amount, 5 days overdue) instead of their oldest open overdue invoice" };
        var mapping = CommonOptions.Mapping();
        var command = new Command("recommend", "Recommend phone, email or both per customer, with predicted outcomes, expected gain and reasons")
        {
            data, model, asOf, output, all, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var trained = ChannelModel.Load(parse.GetRequiredValue(model));
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), asOf: parse.GetValue(asOf));
            var recommendations = ReportBundle.Recommend(trained, history, CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf)), parse.GetValue(all), context);
            var path = parse.GetRequiredValue(output);
            RecommendationsFile.Write(path, recommendations);
            ModelOptions.PrintSummary(context.Console, recommendations);
            context.Console.WriteLine($"Wrote {Plural.Count(recommendations.Count, "recommendation")} to {path}");
            return CliApp.Success;
        }));
        return command;
    }
}
