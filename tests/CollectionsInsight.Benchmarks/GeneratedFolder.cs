using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Benchmarks;

/// <summary>A folder of history with its <c>ground_truth.csv</c>, from any generator: what <c>--data DIR</c> names.</summary>
internal sealed record GeneratedFolder(CollectionHistory History, IReadOnlyList<GroundTruth> Truth)
{
    /// <summary>Loads the folder; null, with a message naming <paramref name="command"/>, when it has no ground truth.</summary>
    public static GeneratedFolder? Load(string folder, string command)
    {
        var file = Path.Combine(folder, "ground_truth.csv");
        if (File.Exists(file)) return new GeneratedFolder(CollectionHistory.Load(folder), GroundTruthFile.Read(file));
        Console.Error.WriteLine($"error: {file} not found: {command} needs a generated folder with its ground truth");
        return null;
    }
}
