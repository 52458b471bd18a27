using System.CommandLine;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Cli;

/// <summary>
/// The options of a champion/challenger test: <c>worklist</c> draws with them, <c>analyze</c> compares the arms the
/// same options drew.
/// </summary>
internal sealed class ChallengerOptions
{
    public ChallengerOptions(string shareDescription)
    {
        Share = new Option<double>("--challenger-share") { Description = shareDescription }.Within(0, 1);
        Seed = new Option<int>("--challenger-seed")
        {
            Description = "Seed of the challenger draw: keep it for the whole test so customers keep their channel",
            DefaultValueFactory = _ => new WorklistOptions().ChallengerSeed,
        };
    }

    public Option<double> Share { get; }

    public Option<int> Seed { get; }

    /// <summary>Adds both options to <paramref name="command"/>, refusing a seed given without a share.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Share);
        command.Options.Add(Seed);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Seed) is { Implicit: false } && !IsGiven(result, Share))
                result.AddError("--challenger-seed needs --challenger-share: without a share no customer is drawn");
        });
    }

    /// <summary>Whether the command line names <paramref name="option"/>.</summary>
    public static bool IsGiven(System.CommandLine.Parsing.CommandResult result, Option option) =>
        result.GetResult(option) is { Implicit: false };
}
