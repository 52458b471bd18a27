using System.CommandLine;
using CollectionsInsight.Modeling;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>train</c>: learn the channel model from the history, save it, print its model card.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new RecommenderOptions();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Train as of this date: on episodes whose outcome is known by then, ignoring later events (default: the latest date in the data)");
        var model = ModelOptions.Model("File to write the trained model to (JSON)");
        var learner = OptionChecks.Word("--learner",
            "Outcome learner: auto (compares linear, s and blend by cross-fitted doubly-robust policy value and keeps the blend unless a single learner beats it with confidence), s (one tree model with the channel as a feature), t (tree models per channel), linear (logistic regression with channel slopes on every feature) or blend (the mean of linear and s)",
            defaults.Training.Learner);
        var horizon = new Option<int>("--horizon-days") { Description = "Outcome: paid within this many days of the episode start", DefaultValueFactory = _ => defaults.HorizonDays }.Within(1, 365);
        var costWeight = new Option<double>("--cost-weight")
        {
            Description = "Probability of payment one collector minute is worth (phone 10, email 4, both 14 minutes, as the worklist plans them); 0 = choose on the outcome alone, as the evaluate command's oracle does",
            DefaultValueFactory = _ => defaults.Decision.CostWeight,
        }.Within(0.0, 1.0);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same data and seed give the same model", DefaultValueFactory = _ => defaults.Training.Seed };
        var mapping = CommonOptions.Mapping();
        var command = new Command("train", "Train the channel recommendation model (phone, email or both) and print its model card")
        {
            data, asOf, model, learner, horizon, costWeight, seed, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), asOf: parse.GetValue(asOf));
            var options = defaults with
            {
                AsOf = CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf)),
                HorizonDays = parse.GetValue(horizon),
                Decision = defaults.Decision with { CostWeight = parse.GetValue(costWeight) },
                Training = defaults.Training with { Learner = parse.GetValue(learner) ?? learner.Default, Seed = parse.GetValue(seed) }
            };
            var trained = context.Working("Training the channel model...",
                step => ChannelRecommender.Train(history, options, progress: message => step($"Training: {message}...")));
            var path = parse.GetRequiredValue(model);
            trained.Save(path);
            context.Console.WriteLine(trained.Card.ToString());
            context.Console.WriteLine($"Wrote {path}");
            return CliApp.Success;
        }));
        return command;
    }
}
