namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>A notebook cell failed to compile or threw; the message names the notebook, the cell and the error.</summary>
public sealed class NotebookExecutionException(string notebook, int cell, string error, Exception? inner = null)
    : Exception($"{notebook}, cell {cell}: {error}", inner)
{
    public string Notebook { get; } = notebook;

    /// <summary>The failing cell, counting every cell (markdown too) from 1, as editors show them.</summary>
    public int Cell { get; } = cell;
}
