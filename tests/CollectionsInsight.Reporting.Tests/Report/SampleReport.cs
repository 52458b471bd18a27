using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>The report content of the repository's data-samples folder, with a (fast, linear) channel model, computed once for all tests.</summary>
internal static class SampleReport
{
    private static readonly Lazy<ReportContent> Lazy = new(() =>
    {
        var history = CollectionHistory.Load(Path.Combine(RepositoryRoot(), "data-samples"));
        var effectiveness = ChannelEffectiveness.Compute(history, null, new ChannelEffectivenessOptions());
        var model = ChannelRecommender.Train(history, new RecommenderOptions { AsOf = effectiveness.AsOf, Training = new() { Learner = CausalLearner.Linear } });
        var recommendations = model.RecommendAll(history, effectiveness.AsOf);
        return new ReportContent(effectiveness.AsOf, "data-samples", history.Quality, effectiveness)
        {
            Model = model,
            Recommendations = recommendations,
            ModelNote = "trained on this data for the tests",
            Worklist = Worklist.Build(history, effectiveness.AsOf, advice: recommendations.ToAdvice()),
        };
    });

    public static ReportContent Content => Lazy.Value;

    /// <summary>The folder holding CollectionsInsight.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CollectionsInsight.sln"))) return folder.FullName;
        throw new InvalidOperationException($"CollectionsInsight.sln not found above {AppContext.BaseDirectory}");
    }
}
