namespace CollectionsInsight.Tests.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted when disposed. Shared by every test project.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("ci-tests-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of a fixture folder (relative to the test output folder).</summary>
    public static TempFolder CopyOf(string fixtureFolder)
    {
        var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, fixtureFolder)))
            System.IO.File.Copy(file, temp.File(System.IO.Path.GetFileName(file)));
        return temp;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
