using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Synthetic;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>evaluate</c>: on generated data, the true value of the model's recommendations against the oracle and single channels.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var truth = new Option<string>("--truth") { Description = "ground_truth.csv written by generate", Required = true }.NotEmpty().MustExist("ground truth file");
        var model = ModelOptions.ExistingModel("Model file written by train");
        var asOf = CommonOptions.AsOf("Recommend as of this date (default: the latest date in the data)");
        var mapping = CommonOptions.Mapping();
        var command = new Command("evaluate", "Score the model's recommendations for every customer against the known truth of generated data")
        {
            data, truth, model, asOf, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var groundTruth = GroundTruthFile.Read(parse.GetRequiredValue(truth));
            var trained = ChannelModel.Load(parse.GetRequiredValue(model));
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), asOf: parse.GetValue(asOf));
            var recommendations = ReportBundle.Recommend(trained, history, parse.GetValue(asOf), allCustomers: true, context);
            var evaluation = TruthEvaluation.Of(recommendations, groundTruth);
            var table = new Table().Title($"True value (probability of payment within the horizon), {Plural.Count(evaluation.Customers, "customer")}")
                .AddColumns("policy", "value");
            table.AddRow("model recommendations", $"{evaluation.PolicyValue:0.0000}");
            table.AddRow("oracle (each customer's best channel)", $"{evaluation.OracleValue:0.0000}");
            table.AddRow("always phone", $"{evaluation.Always.Phone:0.0000}");
            table.AddRow("always email", $"{evaluation.Always.Email:0.0000}");
            table.AddRow("always both", $"{evaluation.Always.Both:0.0000}");
            table.AddRow("regret (oracle - model)", $"{evaluation.Regret:0.0000}");
            table.AddRow("normalised regret", double.IsNaN(evaluation.NormalisedRegret) ? "n/a (no channel beats another)" : $"{evaluation.NormalisedRegret:P1}");
            table.AddRow("share matching the oracle", $"{evaluation.ShareMatchingOracle:P1}");
            context.Console.Write(table);
            context.Console.WriteLine(Verdict(evaluation));
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>What the normalised regret says: 0% is the oracle, 100% no better than the best single channel.</summary>
    private static string Verdict(TruthEvaluation evaluation)
    {
        var (model, best) = (evaluation.PolicyValue, evaluation.BestSingleChannel);
        if (Math.Abs(model - best) < 5e-5)
            return $"The model does as well as always using the best single channel ({best:0.0000}), no better.";
        return model > best
            ? $"The model beats always using the best single channel ({best:0.0000}); a normalised regret of 0% would match the oracle."
            : $"The model is worse than always using the best single channel ({best:0.0000} against {model:0.0000}): a normalised regret above 100% means that.";
    }
}
