using System.Text.Json.Nodes;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// The globals a notebook cell sees, named as the .NET Interactive C# kernel names them, so the same cell
/// runs in the kernel and in the runner: <c>display(value)</c> and <c>HTML(markup)</c>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's names.")]
public sealed class NotebookGlobals
{
    private readonly List<JsonObject> _outputs = [];

    /// <summary>Shows <paramref name="value"/> below the cell; see <see cref="NotebookOutput"/> for how.</summary>
    public void display(object? value) => _outputs.Add(NotebookOutput.DisplayData(value));

    /// <summary>Markup to show as HTML, as the kernel's <c>HTML(string)</c>: <c>display(HTML(chart.ToHtml()))</c>.</summary>
    public HtmlContent HTML(string markup) => new(markup);

    /// <summary>The outputs displayed since the last call, in order.</summary>
    internal List<JsonObject> TakeOutputs()
    {
        var outputs = _outputs.ToList();
        _outputs.Clear();
        return outputs;
    }
}

/// <summary>HTML markup to display as is.</summary>
public sealed record HtmlContent(string Markup)
{
    public string ToHtml() => Markup;

    public override string ToString() => Markup;
}
