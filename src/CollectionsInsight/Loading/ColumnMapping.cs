using System.Text.Json;

namespace CollectionsInsight.Loading;

/// <summary>
/// Maps an export's own file and column names to the data contract's. As JSON:
/// <code>
/// { "files":   { "invoices": "open_items.csv" },
///   "columns": { "invoices": { "amount": "Amount EUR", "due_on": "Due date" } } }
/// </code>
/// Entity keys are <c>customers</c>, <c>invoices</c>, <c>payments</c>, <c>contact_attempts</c>;
/// column keys are the contract's names, values the export's (case-insensitive).
/// </summary>
public sealed record ColumnMapping
{
    public static readonly string[] Entities = ["customers", "invoices", "payments", "contact_attempts"];

    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Columns { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The file name to read for an entity (default <c>entity.csv</c>).</summary>
    public string FileFor(string entity) => Files.TryGetValue(entity, out var file) ? file : entity + ".csv";

    /// <summary>The header name to look for, for a contract column of an entity.</summary>
    public string SourceColumn(string entity, string column) =>
        Columns.TryGetValue(entity, out var map) && map.TryGetValue(column, out var source) ? source : column;

    /// <summary>Reads a mapping file; unknown entities or a malformed file fail with a message naming the file.</summary>
    public static ColumnMapping FromJsonFile(string path)
    {
        if (!File.Exists(path))
            throw new DataLoadException($"{path}: column mapping file not found");
        try
        {
            using var stream = File.OpenRead(path);
            var raw = JsonSerializer.Deserialize<RawMapping>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? new RawMapping();
            var files = raw.Files ?? [];
            var columns = raw.Columns ?? [];
            foreach (var entity in files.Keys.Concat(columns.Keys))
            {
                if (!Entities.Contains(entity, StringComparer.OrdinalIgnoreCase))
                    throw new DataLoadException($"{path}: unknown entity '{entity}' (expected one of {string.Join(", ", Entities)})");
            }
            return new ColumnMapping
            {
                Files = new Dictionary<string, string>(files, StringComparer.OrdinalIgnoreCase),
                Columns = columns.ToDictionary(
                    e => e.Key,
                    e => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase),
                    StringComparer.OrdinalIgnoreCase),
            };
        }
        catch (JsonException e)
        {
            throw new DataLoadException($"{path}: not a valid column mapping ({e.Message})");
        }
    }

    private sealed class RawMapping
    {
        public Dictionary<string, string>? Files { get; set; }
        public Dictionary<string, Dictionary<string, string>>? Columns { get; set; }
    }
}
