using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Benchmarks;

/// <summary>The work each scale task measures, shared by the scale runs and the BenchmarkDotNet benchmarks.</summary>
internal static class Measured
{
    public static string Load(string folder) => Describe(LoadHistory(folder));

    /// <summary>What <c>analyze</c> does: load, then days to pay, survival and the DSO family by channel mix in both views.</summary>
    public static string Analyze(string folder)
    {
        var history = LoadHistory(folder);
        var result = ChannelEffectiveness.Compute(history);
        return $"{Describe(history)}; {result.Mixes.Count} mix summaries, {result.Dso.Count} DSO months";
    }

    private static CollectionHistory LoadHistory(string folder) => CollectionHistory.Load(folder, new LoadOptions { AsOf = new DateOnly(2030, 1, 1) });

    private static string Describe(CollectionHistory history) =>
        $"{history.Invoices.Count:N0} invoices, {history.Payments.Count:N0} payments, {history.ContactAttempts.Count:N0} contact attempts, {history.Quality.TotalIssues} issues";
}
