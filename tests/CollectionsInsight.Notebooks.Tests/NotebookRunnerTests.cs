using CollectionsInsight.Notebooks.Tests.Runner;

namespace CollectionsInsight.Notebooks.Tests;

public sealed class NotebookRunnerTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task RunAsync_CellThrows_FailsNamingNotebookCellAndError()
    {
        var error = await Assert.ThrowsAsync<NotebookExecutionException>(() => NotebookRunner.RunAsync(Fixture("broken-cell.ipynb"), "broken-cell.ipynb"));

        Assert.Equal("broken-cell.ipynb", error.Notebook);
        Assert.Equal(4, error.Cell);
        Assert.StartsWith("broken-cell.ipynb, cell 4: System.IO.DirectoryNotFoundException", error.Message);
        Assert.Contains("data-samples-that-do-not-exist", error.Message);
    }

    [Fact]
    public async Task RunAsync_CellDoesNotCompile_FailsNamingCellAndCompilerError()
    {
        var error = await Assert.ThrowsAsync<NotebookExecutionException>(() => NotebookRunner.RunAsync(Fixture("does-not-compile.ipynb"), "does-not-compile.ipynb"));

        Assert.StartsWith("does-not-compile.ipynb, cell 2: (2,9): error CS0103: The name 'undefinedName' does not exist", error.Message);
    }

    [Fact]
    public async Task RunAsync_ValidNotebook_CarriesStateAcrossCellsAndCapturesOutputs()
    {
        var notebook = await NotebookRunner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb");

        var json = notebook.ToJson();
        Assert.Contains("\"carried over: 42\"", json);
        Assert.Contains("<code>Row { Name = phone, Days = 12.5 }</code>", json);
        Assert.Contains("<pre>email &lt;b&gt;</pre>", json);
        Assert.Contains("<svg width=\\\"10\\\" height=\\\"10\\\"></svg>", json);
        Assert.Contains("\"written\\n\"", json);
        Assert.Contains("<pre>43</pre>", json);
        Assert.Contains("\"execution_count\": 3,\n   \"id\": \"result\"", json);
    }

    [Fact]
    public async Task RunAsync_SameNotebookTwice_SameBytes()
    {
        var first = (await NotebookRunner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).ToJson();
        var second = (await NotebookRunner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunAsync_OutputsWritten_ValidNbformat()
    {
        var path = Path.Combine(Path.GetTempPath(), $"display-kinds-{Guid.NewGuid():N}.ipynb");

        (await NotebookRunner.RunAsync(Fixture("display-kinds.ipynb"), "display-kinds.ipynb")).Save(path);

        try
        {
            Assert.Null(NbformatValidator.Validate(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
