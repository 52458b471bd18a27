using CollectionsInsight.Notebooks.Tests.Runner;

namespace CollectionsInsight.Notebooks.Tests;

public sealed class NotebookRunnerTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task RunAsync_CellThrows_FailsNamingNotebookCellAndError()
    {
        var runner = new NotebookRunner(RepoRoot.Path);

        var error = await Assert.ThrowsAsync<NotebookExecutionException>(() => runner.RunAsync(Fixture("broken-cell.ipynb"), "broken-cell.ipynb"));

        Assert.Equal("broken-cell.ipynb", error.Notebook);
        Assert.Equal(4, error.Cell);
        Assert.StartsWith("broken-cell.ipynb, cell 4: ", error.Message);
        Assert.Contains("data-samples-that-do-not-exist", error.Message);
    }

    [Fact]
    public async Task RunAsync_CellDoesNotCompile_FailsNamingCellAndCompilerError()
    {
        var runner = new NotebookRunner(RepoRoot.Path);

        var error = await Assert.ThrowsAsync<NotebookExecutionException>(() => runner.RunAsync(Fixture("does-not-compile.ipynb"), "does-not-compile.ipynb"));

        Assert.StartsWith("does-not-compile.ipynb, cell 2: (2,9): error CS0103: The name 'undefinedName' does not exist", error.Message);
    }

    [Fact]
    public async Task RunAsync_ValidNotebook_CarriesStateAcrossCellsAndCapturesDisplays()
    {
        var runner = new NotebookRunner(RepoRoot.Path);

        var notebook = await runner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb");

        var json = notebook.ToJson();
        Assert.Contains("\"execution_count\": 3", json);
        Assert.Contains("\"carried over: 42\"", json);
        Assert.Contains("<th>Name</th><th>Days</th><th>Due</th>", json);
        Assert.Contains("<td>email &lt;b&gt;</td><td>9</td><td>2025-06-30</td>", json);
        Assert.Contains("<svg", json);
        Assert.Contains("\"output_type\": \"execute_result\"", json);
    }

    [Fact]
    public async Task RunAsync_SameNotebookTwice_SameBytes()
    {
        var runner = new NotebookRunner(RepoRoot.Path);

        var first = (await runner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).ToJson();
        var second = (await runner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunAsync_OutputsWritten_ValidNbformat()
    {
        var runner = new NotebookRunner(RepoRoot.Path);
        var path = Path.Combine(Path.GetTempPath(), $"display-kinds-{Guid.NewGuid():N}.ipynb");

        (await runner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).Save(path);

        try
        {
            Assert.Null(NbformatValidator.Validate(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("#r \"nuget: CollectionsInsight, 0.1.0\"\nvar x = 1;", "\nvar x = 1;")]
    [InlineData("#i \"nuget: /home/you/ci-packages\"\r\n#r \"nuget: CollectionsInsight\"\r\nx", "\r\n\r\nx")]
    [InlineData("#r \"System.Xml.dll\"\nx", "#r \"System.Xml.dll\"\nx")]
    public void WithoutPackageDirectives_Source_BlanksOnlyNugetLines(string source, string expected) =>
        Assert.Equal(expected, NotebookRunner.WithoutPackageDirectives(source));
}
