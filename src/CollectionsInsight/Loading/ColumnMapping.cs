using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Maps an export's own file and column names, delimiter, decimal separator, date format and encoding to the data
/// contract's. As JSON:
/// <code>
/// { "files":   { "invoices": "open_items.csv" },
///   "columns": { "invoices": { "amount": "Amount EUR", "due_on": "Due date" } },
///   "values":  { "channel": { "Call": "phone", "E-mail": "email" } },
///   "delimiter": "semicolon", "decimal_separator": ",", "date_format": "dd.MM.yyyy", "encoding": "windows-1252" }
/// </code>
/// Entity keys are <c>customers</c>, <c>invoices</c>, <c>payments</c>, <c>contact_attempts</c>;
/// column keys are the contract's names, values the export's (case-insensitive). <c>values</c> maps the export's own
/// words in the contract's word columns (channel, direction, outcome) to the contract's. The four format
/// settings apply to every file and are optional.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The entities a mapping may name: the data contract's files.</summary>
    public static IReadOnlyList<string> Entities { get; } = [.. DataContract.Files.Select(f => f.Entity)];

    /// <summary>The export's file name per entity; an entity not named here is read from <c>entity.csv</c>.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
    /// <summary>The export's column names per entity, keyed by the contract's names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Columns { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// The export's own words per word column of the contract (channel, direction, outcome), each to the contract's
    /// word (case-insensitive): <c>Call</c> to <c>phone</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The field delimiter (comma, semicolon, tab or pipe); null: detected from each file's header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The character between whole and decimal digits of amounts: '.' (the contract's) or ',' (a decimal comma,
    /// as Excel writes numbers in most of Europe).
    /// </summary>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary>
    /// How the export writes dates when not as yyyy-MM-dd, e.g. <c>dd.MM.yyyy</c> or <c>MM/dd/yyyy</c> (day d or dd,
    /// month M or MM, MMM (Jan to Dec) or MMMM (January to December) in any case, year yyyy or yy (1950 to 2049), in .NET's
    /// custom format notation, such as MMM d, yyyy); date-times are this date, a space and the time.
    /// yyyy-MM-dd is read either way. Null: yyyy-MM-dd only.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>
    /// The encoding of files without a BOM, e.g. windows-1252 or latin1; null: UTF-16 when the bytes show it,
    /// else UTF-8. A BOM always decides.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The delimiter a word names: comma, semicolon, tab or pipe, or the character itself.</summary>
    public static bool TryParseDelimiter(string word, out char delimiter)
    {
        delimiter = word == "\t" ? '\t' : word.Trim().ToLowerInvariant() switch
        {
            "comma" or "," => ',',
            "semicolon" or ";" => ';',
            "tab" => '\t',
            "pipe" or "|" => '|',
            _ => '\0',
        };
        return delimiter != '\0';
    }

    /// <summary>An encoding by its name or code page: utf-8, utf-16, windows-1252, latin1 (iso-8859-1), 1252 and the other legacy code pages.</summary>
    public static bool TryParseEncoding(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Encoding? encoding)
    {
        // Legacy Windows code pages (1252 and others) come with .NET but are off until registered.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            encoding = int.TryParse(name, out var codePage) ? System.Text.Encoding.GetEncoding(codePage) : System.Text.Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = null;
            return false;
        }
    }

    /// <summary>The file name to read for an entity (default <c>entity.csv</c>).</summary>
    public string FileFor(string entity) => Files.TryGetValue(entity, out var file) ? file : entity + ".csv";

    /// <summary>
    /// True when another entity is read from the same file as <paramref name="entity"/>: a flat export, such as one
    /// file of invoices with their customer and settlement on every row.
    /// </summary>
    internal bool SharesFile(string entity) =>
        Entities.Any(other => !string.Equals(other, entity, StringComparison.OrdinalIgnoreCase)
            && string.Equals(FileFor(other), FileFor(entity), StringComparison.OrdinalIgnoreCase));

    /// <summary>The header name to look for, for a contract column of an entity.</summary>
    public string SourceColumn(string entity, string column) =>
        Columns.TryGetValue(entity, out var map) && map.TryGetValue(column, out var source) ? source : column;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a mapping file; unknown entities or a malformed file fail with a message naming the file.</summary>
    public static ColumnMapping FromJsonFile(string path)
    {
        if (!File.Exists(path))
            throw new DataLoadException($"{path}: column mapping file not found");
        try
        {
            var raw = JsonSerializer.Deserialize<RawMapping>(ReadText(path), JsonOptions)
                ?? new RawMapping();
            // A misspelt key would otherwise be ignored, and the files read as if it were not there.
            if (raw.Unknown?.Keys.FirstOrDefault() is { } unknown)
                throw new DataLoadException($"{path}: unknown key '{unknown}' (expected files, columns, values, delimiter, decimal_separator, date_format, encoding)");
            var files = raw.Files ?? [];
            var columns = raw.Columns ?? [];
            foreach (var entity in files.Keys.Concat(columns.Keys))
            {
                if (!Entities.Contains(entity, StringComparer.OrdinalIgnoreCase))
                    throw new DataLoadException($"{path}: unknown entity '{entity}' (expected one of {string.Join(", ", Entities)})");
            }
            foreach (var (entity, mapped) in columns)
            {
                var contract = DataContract.Files.Single(f => string.Equals(f.Entity, entity, StringComparison.OrdinalIgnoreCase));
                if (mapped.Keys.FirstOrDefault(name => !contract.Columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))) is { } column)
                    throw new DataLoadException($"{path}: columns: {entity} has no column '{column}' (its columns: {string.Join(", ", contract.Columns.Select(c => c.Name))}); "
                        + "each key is the data contract's name, each value your export's");
            }
            char? delimiter = null;
            if (raw.Delimiter is { } word)
                delimiter = TryParseDelimiter(word, out var d) ? d : throw new DataLoadException($"{path}: delimiter '{word}' is not one of comma, semicolon, tab, pipe");
            var encoding = default(Encoding);
            if (raw.Encoding is { } name && !TryParseEncoding(name, out encoding))
                throw new DataLoadException($"{path}: encoding '{name}' is not known (e.g. utf-8, utf-16, windows-1252, latin1)");
            if (raw.DecimalSeparator is not (null or "." or ","))
                throw new DataLoadException($"{path}: decimal_separator '{raw.DecimalSeparator}' must be \".\" or \",\"");
            if (raw.DateFormat is { } format && !IsDateFormat(format))
                throw new DataLoadException($"{path}: date_format '{format}' {DateFormatRule}");
            foreach (var (column, words) in raw.Values ?? [])
            {
                if (!WordColumns.TryGetValue(column, out var contract))
                    throw new DataLoadException($"{path}: values: '{column}' is not a word column (expected one of {string.Join(", ", WordColumns.Keys)})");
                foreach (var (theirs, ours) in words)
                {
                    if (!contract.Accepts(ours))
                        throw new DataLoadException($"{path}: values: {column} '{theirs}' maps to '{ours}', which is not one of {contract.Words}");
                }
            }
            return new ColumnMapping
            {
                Delimiter = delimiter,
                DecimalSeparator = raw.DecimalSeparator is "," ? ',' : '.',
                DateFormat = raw.DateFormat,
                Values = (raw.Values ?? []).ToDictionary(
                    e => e.Key,
                    e => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase),
                    StringComparer.OrdinalIgnoreCase),
                Encoding = encoding,
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

    /// <summary>The mapping file's text: UTF-8, or UTF-16 or UTF-32 by its byte order mark, as an editor saves it.</summary>
    private static string ReadText(string path)
    {
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new DataLoadException($"{path}: the column mapping file is not UTF-8 text; save it as UTF-8 (the encoding of the data files is set by its \"encoding\")");
        }
    }

    /// <summary>The contract's word columns, each with the check of its words and their list.</summary>
    private static readonly Dictionary<string, (Func<string, bool> Accepts, string Words)> WordColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["channel"] = (word => Words.TryParse<Channel>(word, out _), Words.List<Channel>()),
        ["direction"] = (word => Words.TryParse<Direction>(word, out _), Words.List<Direction>()),
        ["outcome"] = (word => Words.TryParse<Outcome>(word, out _), Words.List<Outcome>()),
    };

    /// <summary>What a date format must be, said after the format that is not.</summary>
    public const string DateFormatRule = "must be a day (d or dd), a month (M or MM, MMM for Jan to Dec or MMMM for January to December) and a year (yyyy, or yy for 1950 to 2049) with separators, such as dd.MM.yyyy, MM/dd/yyyy, dd-MMM-yy or MMM d, yyyy";

    /// <summary>A date pattern of one day, one month and one year, each once, between separators.</summary>
    public static bool IsDateFormat(string format)
    {
        var parts = format.Split(['.', '/', '-', ' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts.Order(StringComparer.Ordinal).ToArray() is [var month, var day, var year]
            && day is "d" or "dd" && month is "M" or "MM" or "MMM" or "MMMM" && year is "yy" or "yyyy"
            && format.All(c => c is 'd' or 'M' or 'y' or '.' or '/' or '-' or ' ' or ',');
    }

    private sealed class RawMapping
    {
        public Dictionary<string, string>? Files { get; set; }
        public Dictionary<string, Dictionary<string, string>>? Columns { get; set; }
        public string? Delimiter { get; set; }
        [JsonPropertyName("decimal_separator")] public string? DecimalSeparator { get; set; }
        [JsonPropertyName("date_format")] public string? DateFormat { get; set; }
        public Dictionary<string, Dictionary<string, string>>? Values { get; set; }
        public string? Encoding { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
    }
}
