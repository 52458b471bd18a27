using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// An .ipynb document kept as JSON, so that everything the runner does not set (metadata, markdown, ids)
/// is written back as it was read. Written like Jupyter writes notebooks: one-space indent, raw Unicode,
/// a final newline, so the same outputs always give the same bytes.
/// </summary>
public sealed class Notebook
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonArray _cells;

    private Notebook(JsonObject root)
    {
        Root = root;
        _cells = root["cells"] as JsonArray ?? throw new InvalidDataException("the notebook has no \"cells\" array");
    }

    private JsonObject Root { get; }

    public int CellCount => _cells.Count;

    public static Notebook Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path} is not a JSON object"));

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType(int index) => Cell(index)["cell_type"]?.GetValue<string>() ?? "";

    /// <summary>The cell's source as one string (nbformat allows a string or a list of lines).</summary>
    public string Source(int index) => JoinText(Cell(index)["source"]);

    /// <summary>Replaces a code cell's outputs and execution count.</summary>
    public void SetOutputs(int index, int executionCount, IEnumerable<JsonObject> outputs)
    {
        var cell = Cell(index);
        cell["execution_count"] = executionCount;
        cell["outputs"] = new JsonArray(outputs.Cast<JsonNode?>().ToArray());
    }

    public string ToJson() => Root.ToJsonString(WriteOptions) + "\n";

    public void Save(string path) => File.WriteAllText(path, ToJson());

    /// <summary>A multi-line string the nbformat way: a list of lines, each but the last ending in "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }

    private JsonObject Cell(int index) =>
        _cells[index] as JsonObject ?? throw new InvalidDataException($"cell {index + 1} is not a JSON object");

    private static string JoinText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        _ => node.GetValue<string>(),
    };
}
