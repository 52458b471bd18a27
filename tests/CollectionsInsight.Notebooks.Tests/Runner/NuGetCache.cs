namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// The NuGet packages folder the kernel restores into during the tests: one of the tests' own, beside the test
/// binaries, so that the library packed by this build is used rather than a 0.1.0 cached earlier by this machine (NuGet
/// never re-reads a version it has cached) and the user's own cache is left alone. The library's dependencies stay in
/// it from run to run.
/// </summary>
public static class NuGetCache
{
    private static readonly string[] LibraryPackages = ["collectionsinsight", "collectionsinsight.reporting"];
    private static readonly Lazy<string> Folder = new(Prepare);

    /// <summary>Points the kernel's restores (child processes of this one) at the folder, emptied of the library once per test run.</summary>
    public static void UseFresh() => Environment.SetEnvironmentVariable("NUGET_PACKAGES", Folder.Value);

    private static string Prepare()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "nuget-packages");
        foreach (var package in LibraryPackages)
        {
            var cached = System.IO.Path.Combine(folder, package);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
        return folder;
    }
}
