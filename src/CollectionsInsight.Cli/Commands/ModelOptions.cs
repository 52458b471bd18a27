using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary>What <c>train</c>, <c>recommend</c>, <c>evaluate</c> and the commands taking <c>--model</c> share.</summary>
internal static class ModelOptions
{
    public static Option<string> Model(string description, bool required = true) =>
        new Option<string>("--model") { Description = description, Required = required }.NotEmpty();

    /// <summary>A <c>--model</c> to read: a missing file is named as the model before any data loads.</summary>
    public static Option<string> ExistingModel(string description, bool required = true) => Model(description, required).MustExist("model file");

    public static void PrintSummary(IAnsiConsole console, IReadOnlyList<ChannelRecommendation> recommendations)
    {
        var table = new Table().Title("Recommendations").AddColumns("channel", "customers", "low confidence", "mean expected gain (points)");
        foreach (var group in recommendations.GroupBy(r => r.Channel).OrderBy(g => g.Key))
            table.AddRow(group.Key.ToWord(), $"{group.Count():N0}", $"{group.Count(r => r.LowConfidence):N0}", $"{group.Average(r => r.ExpectedGain) * 100:+0.0;-0.0;0.0}");
        console.Write(table);
    }
}
