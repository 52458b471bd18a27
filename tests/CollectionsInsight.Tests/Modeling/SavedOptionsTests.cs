using System.Text.Json;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;

namespace CollectionsInsight.Tests.Modeling;

public class SavedOptionsTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void From_Options_TheModelFileLayoutOfVersion4()
    {
        var json = JsonSerializer.SerializeToElement(SavedOptions.From(new RecommenderOptions()), CamelCase);

        Assert.Equal(
            ["asOf", "horizonDays", "windowDays", "learner", "seed", "folds", "propensityClip", "heldOutShare", "phoneMinutes",
             "emailMinutes", "bothMinutes", "costWeight", "teamTimeZone", "lowPropensity", "minSimilarEpisodes", "rounds", "l2"],
            json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ToOptions_FromOptions_RoundTrips()
    {
        var options = new RecommenderOptions
        {
            AsOf = new DateOnly(2025, 6, 30),
            HorizonDays = 45,
            WindowDays = 5,
            TeamTimeZone = "Europe/London",
            Decision = new() { Minutes = new(5, 1, 7), CostWeight = 0.002 },
            Training = new()
            {
                Learner = CausalLearner.Linear, Seed = 7, Folds = 4, PropensityClip = 0.03, HeldOutShare = 0.2,
                LowPropensity = 0.1, MinSimilarEpisodes = 20, Rounds = 50, L2 = 2,
            },
        };

        Assert.Equal(options, SavedOptions.From(options).ToOptions());
    }

    [Fact]
    public void Validate_NegativeMinutes_Throws()
    {
        var options = new RecommenderOptions { Decision = new() { Minutes = new ChannelValues<double>(6, -1, 8) } };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
