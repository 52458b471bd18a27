namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>The repository root: the nearest folder above the test binaries that holds CollectionsInsight.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The .ipynb files in notebooks/, repository-relative with forward slashes, in name order.</summary>
    public static IReadOnlyList<string> Notebooks()
    {
        var folder = System.IO.Path.Combine(Path, "notebooks");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Select(f => "notebooks/" + System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CollectionsInsight.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No CollectionsInsight.sln above {AppContext.BaseDirectory}.");
    }
}
