using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Benchmarks;

/// <summary>The work each scale task measures, shared by the scale runs and the BenchmarkDotNet benchmarks.</summary>
internal static class Measured
{
    public static string Load(string folder)
    {
        var history = CollectionHistory.Load(folder, new LoadOptions { AsOf = new DateOnly(2030, 1, 1) });
        return $"{history.Invoices.Count:N0} invoices, {history.Payments.Count:N0} payments, {history.ContactAttempts.Count:N0} contact attempts, {history.Quality.TotalIssues} issues";
    }
}
