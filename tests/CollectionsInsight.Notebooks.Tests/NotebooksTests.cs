using CollectionsInsight.Notebooks.Tests.Runner;

namespace CollectionsInsight.Notebooks.Tests;

/// <summary>
/// Keeps the notebooks in notebooks/ honest: each runs clean against the current build, its committed outputs are
/// the ones this run produces, and it is valid nbformat. With COLLECTIONS_INSIGHT_WRITE_NOTEBOOKS=1 the run writes
/// its outputs into the notebooks instead of comparing them.
/// </summary>
public sealed class NotebooksTests
{
    private const string WriteVariable = "COLLECTIONS_INSIGHT_WRITE_NOTEBOOKS";
    private const string RegenerateCommand = WriteVariable + "=1 dotnet test tests/CollectionsInsight.Notebooks.Tests";

    public static TheoryData<string> Notebooks() => new(RepoRoot.Notebooks());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task RunAsync_Notebook_RunsCleanWithCommittedOutputs(string notebook)
    {
        var path = Path.Combine(RepoRoot.Path, notebook);

        var produced = (await NotebookRunner.RunAsync(path, notebook)).ToJson();

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
            await File.WriteAllTextAsync(path, produced);
        else
            Assert.True(produced == await File.ReadAllTextAsync(path),
                $"{notebook} runs clean, but its committed outputs are not the ones it produces now; regenerate them with: {RegenerateCommand}");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Outputs_Notebook_DatesInIsoFormNotUsOrder(string notebook)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, notebook));

        Assert.DoesNotMatch(@"\b[01][0-9]/[0-3][0-9]/[12][0-9]{3}\b", text);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Validate_Notebook_IsValidNbformat(string notebook) =>
        Assert.Null(NbformatValidator.Validate(Path.Combine(RepoRoot.Path, notebook)));
}
