using System.Globalization;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Streams one CSV file record by record with <see cref="CsvTokenizer"/>, resolving the contract's columns
/// (through the mapping, case-insensitively) to positions in the header. Fields are read as spans: a value becomes a
/// string only where the loader keeps it.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const int ProgressEvery = 100_000;
    internal const int MaxLinesAboveHeader = 10;

    private readonly Stream _stream;
    private readonly string? _path;
    private readonly StreamReader _reader;
    private readonly CsvTokenizer _tokenizer;
    private readonly int[] _positions;
    private readonly IProgress<LoadProgress>? _progress;
    private readonly CsvDialect _dialect;
    private readonly string[] _header = [];
    // Per contract column, the mapping's words of the export for the contract's (null: none).
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?[] _words;

    private CsvTable(string? path, Stream stream, string file, FileContract contract, ColumnMapping mapping, IProgress<LoadProgress>? progress)
    {
        _path = path;
        var columns = contract.Columns;
        File = file;
        Columns = columns;
        Numbers = new NumberFormatInfo { NumberDecimalSeparator = mapping.DecimalSeparator.ToString(), NegativeSign = "-" };
        _words = [.. columns.Select(c => mapping.Values.TryGetValue(c.Name, out var words)
            ? new Dictionary<string, string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>()
            : (Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?)null)];
        _progress = progress;
        _stream = stream;
        try
        {
            _dialect = CsvDialect.Detect(_stream, mapping, file);
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
        DateFormat = mapping.DateFormat ?? _dialect.DateOrder?.Format;
        _reader = new StreamReader(_stream, _dialect.Encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
        _tokenizer = new CsvTokenizer(_reader, _dialect.Delimiter);
        try
        {
            if (_dialect.DelimiterLine) ReadRecord();
            if (!ReadRecord())
                throw new DataLoadException($"{file}: the file is empty; expected a header row with {Describe(columns)}");
            _positions = new int[columns.Count];
            // Reports and ledgers often put a title, a date or notes above the header: the header is the first of the
            // file's first lines that names every column needed, and the lines above it are reported, not read.
            string? firstProblem = null;
            for (var above = 0; ; above++)
            {
                _header = new string[_tokenizer.FieldCount];
                for (var i = 0; i < _header.Length; i++) _header[i] = _tokenizer[i].Trim().ToString();
                var problem = FindColumns(contract, mapping);
                if (problem is null) break;
                if (firstProblem is null)
                {
                    firstProblem = problem;
                    FirstLineAboveHeader = (Line, string.Join(_dialect.Delimiter, _header));
                }
                if (above == MaxLinesAboveHeader || !ReadRecord()) throw new DataLoadException(firstProblem);
                LinesAboveHeader = above + 1;
            }
            HeaderLine = Line;
            RequireOneHeaderColumnEach(columns);
            RequireNoRowsInHeader();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Finds each contract column's position in <see cref="_header"/>; why the row is not the header, or null when it is.
    /// </summary>
    private string? FindColumns(FileContract contract, ColumnMapping mapping)
    {
        if (_header.All(name => name.Length == 0))
            return $"{File} line {Line}: the header row is blank; expected a header row with {Describe(contract.Columns)}";
        var sources = contract.Columns.Select(c => mapping.SourceColumn(contract.Entity, c.Name)).ToArray();
        for (var c = 0; c < contract.Columns.Count; c++)
        {
            var source = sources[c];
            _positions[c] = HeaderPosition(source, h => string.Equals(h, source, StringComparison.OrdinalIgnoreCase));
            // Exports write "Customer ID" or "customer-id" for customer_id: compared without case, spaces and punctuation.
            if (_positions[c] < 0)
                _positions[c] = HeaderPosition(source, h => Plain(h) == Plain(source));
        }
        UsualNamesRead = FindUsualNames(contract, sources);
        for (var c = 0; c < contract.Columns.Count; c++)
        {
            var (column, source) = (contract.Columns[c], sources[c]);
            // An optional column is missing unless the mapping names it: then the mapping says it is there.
            var mapped = source != column.Name;
            if (_positions[c] < 0 && ((column.Required && !column.DerivedWhenAbsent) || mapped))
            {
                var named = mapped ? $"'{source}' (mapped from '{column.Name}')" : $"'{source}'";
                return $"{File} line {Line}: {(column.Required ? "required " : "")}column {named} is missing; the header has: {HeaderNames()}"
                    + (_header.Length > 1 ? MappingHint(contract.Entity, column.Name, source) : DelimiterHint());
            }
        }
        return null;
    }

    /// <summary>
    /// Reads each contract column that the header lacks by name, and the mapping does not name, from the one header
    /// column with a usual name for it (<see cref="UsualColumnNames"/>) that no other contract column is read from;
    /// where two such columns could hold it, the export's meaning cannot be told and none is read. Ids may be read from
    /// one column (a flat export's payment id is its invoice number).
    /// </summary>
    private (string Header, string Column)[] FindUsualNames(FileContract contract, string[] sources)
    {
        var read = new List<(string, string)>();
        for (var c = 0; c < contract.Columns.Count; c++)
        {
            var column = contract.Columns[c].Name;
            if (_positions[c] >= 0 || sources[c] != column) continue;
            var names = UsualColumnNames.Of(contract.Entity, column, Plain).Append(Plain(column)).ToHashSet();
            // Ids may share a header column, as a flat export's payment id and invoice id do; other columns may not.
            var taken = Enumerable.Range(0, _positions.Length)
                .Where(d => _positions[d] >= 0 && !(IsId(contract.Columns[c]) && IsId(contract.Columns[d]))).Select(d => _positions[d]).ToHashSet();
            var found = Enumerable.Range(0, _header.Length).Where(h => IsNamed(_header[h], names) && !taken.Contains(h)).ToArray();
            if (found.Length != 1) continue;
            _positions[c] = found[0];
            read.Add((_header[found[0]], column));
        }
        return [.. read];
    }

    /// <summary>
    /// Refuses a mapping that reads two contract columns from one header column (issued_on and due_on both from a due
    /// date, say): the rows would be read as nonsense. Ids may share one, as a flat export's payment and invoice id do.
    /// </summary>
    private void RequireOneHeaderColumnEach(IReadOnlyList<ContractColumn> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            for (var d = c + 1; d < columns.Count; d++)
            {
                var position = _positions[c];
                if (position < 0 || position != _positions[d] || (IsId(columns[c]) && IsId(columns[d]))) continue;
                throw new DataLoadException($"{File} line {Line}: columns {columns[c].Name} and {columns[d].Name} are both read from '{_header[position]}' "
                    + $"(field {position + 1}); map each to its own column in the mapping file's \"columns\"");
            }
        }
    }

    private static bool IsId(ContractColumn column) => column.Name.EndsWith("_id", StringComparison.Ordinal);

    /// <summary>
    /// Refuses a header line that holds dates besides the column names: rows joined onto it, as where a file's line
    /// breaks were lost (replaced by a delimiter). Read on, those rows would be lost without a word, and with them
    /// every row of a file that lost all its line breaks.
    /// </summary>
    private void RequireNoRowsInHeader()
    {
        var dates = _header.Select((name, field) => (name, field)).Where(h => IsoDate.TryParse(h.name, out _) || IsoDate.TryParseDateTime(h.name, out _)).ToArray();
        if (dates.Length < 2) return;
        throw new DataLoadException($"{File} line {Line}: the header holds {dates.Length:N0} dates besides the column names, such as '{dates[0].name}' "
            + $"in field {dates[0].field + 1}: rows are joined onto the header line, as where a file's line breaks are lost; export the file again with one row per line");
    }

    /// <summary>The header's names for a message: the first ones, each clipped, and how many more there are.</summary>
    private string HeaderNames()
    {
        const int shown = 30;
        var names = string.Join(", ", _header.Take(shown).Select(RowChecker.FirstLineClipped));
        return _header.Length <= shown ? names : $"{names}, ... ({_header.Length - shown:N0} more)";
    }

    /// <summary>
    /// The position of the header's one column that <paramref name="matches"/>; -1 when none does.
    /// </summary>
    /// <exception cref="DataLoadException">Two columns match: which one holds the values cannot be told.</exception>
    private int HeaderPosition(string source, Func<string, bool> matches)
    {
        var first = Array.FindIndex(_header, h => matches(h));
        var second = first < 0 ? -1 : Array.FindIndex(_header, first + 1, h => matches(h));
        if (second >= 0)
            throw new DataLoadException($"{File} line {Line}: the header names column '{source}' twice ('{_header[first]}' in field {first + 1} and "
                + $"'{_header[second]}' in field {second + 1}); remove or rename one, or name the one to read in the mapping file's \"columns\"");
        return first;
    }

    public string File { get; }

    /// <summary>The file's path; null for a table that is no file (<see cref="None"/>).</summary>
    public string? SourcePath => _path;

    /// <summary>The header's line number.</summary>
    public long HeaderLine { get; private set; }

    /// <summary>The header columns read by a usual name for a contract column, which the loader reports.</summary>
    public (string Header, string Column)[] UsualNamesRead { get; private set; } = [];

    /// <summary>The contract's file name this file is read for, where it has another (invoices.txt for invoices.csv); null otherwise.</summary>
    public string? ReadFor { get; private init; }

    /// <summary>True when the file is read for another entity too (<see cref="ColumnMapping.SharesFile"/>).</summary>
    public bool Shared { get; private init; }

    /// <summary>The delimiter the file is read with: named, or found in its first lines.</summary>
    public char Delimiter => _dialect.Delimiter;

    /// <summary>How numbers in this file write their decimals (the mapping's decimal separator).</summary>
    public NumberFormatInfo Numbers { get; }

    /// <summary>How this file writes dates besides yyyy-MM-dd (the mapping's date format, or the order its dates show); null: only yyyy-MM-dd.</summary>
    public string? DateFormat { get; }

    /// <summary>The contract's columns, whether or not the file has each.</summary>
    public IReadOnlyList<ContractColumn> Columns { get; }

    /// <summary>The line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>
    /// True when a quote opened in the current record is not closed on its line and the field it opens is malformed
    /// (never closed, or going on after its closing quote): the record is only its first line, and the lines the
    /// quote took in are read again as rows of their own, so that one stray quote loses one row, not the rest of the file.
    /// </summary>
    public bool HasUnclosedQuote { get; private set; }

    public long RowsRead { get; private set; }

    /// <summary>The encoding's name where it was guessed as Windows-1252 (see <see cref="CsvDialect"/>); null otherwise.</summary>
    public string? GuessedEncoding => _dialect.LegacyGuessed ? _dialect.Encoding.WebName : null;

    /// <summary>The date format found from the file's dates where nobody named one, with a date that shows it (<see cref="CsvDialect.DateOrder"/>).</summary>
    public (string Format, string Example)? FoundDateFormat => _dialect.DateOrder;

    /// <summary>How many of the file's first lines were above its header (a title, a date, notes) and not read.</summary>
    public int LinesAboveHeader { get; private set; }

    /// <summary>The first line above the header and its text, as read; null when the header is the first line.</summary>
    public (long Line, string Text)? FirstLineAboveHeader { get; private set; }

    /// <summary>
    /// About how many rows the file has, a sixteenth over <see cref="CsvDialect.EstimatedLines"/>: the rows kept are
    /// gathered in lists and sets of this capacity, and that estimate, from the first bytes of the file, can fall a
    /// little short. A list that outgrows it is copied into one twice as large (tens of MB at a million rows).
    /// </summary>
    public int EstimatedRows => _dialect.EstimatedLines + _dialect.EstimatedLines / 16 + 16;

    public int FieldCount => _tokenizer.FieldCount;

    /// <summary>The raw field of the current record with a stray or unclosed quote, if any.</summary>
    public string? BadData => _tokenizer.BadField;

    /// <summary>Opens a file of a data folder, by the mapping's file and column names.</summary>
    public static CsvTable Open(string folder, FileContract contract, ColumnMapping mapping, IProgress<LoadProgress>? progress)
    {
        var named = mapping.FileFor(contract.Entity);
        var given = Path.Combine(folder, named);
        var path = WithNameAsOnDisk(given);
        // Tab-separated exports are often saved as .txt or .tsv: where the contract's own name is missing, the one text
        // file of that name is read for it, and the loader says so.
        var textTwin = named == contract.FileName && !System.IO.File.Exists(path) ? TextTwin(path) : null;
        path = textTwin ?? path;
        // Messages name the file as it is on disk.
        var file = path == given ? named : Path.GetRelativePath(folder, path);
        var shared = mapping.SharesFile(contract.Entity);
        if (Directory.Exists(path))
            throw new DataLoadException($"{path}: a folder, not a file; the data folder needs the file {named} in it");
        if (!System.IO.File.Exists(path))
            throw new DataLoadException($"{path}: file not found{OtherExtension(path)} (every data folder needs {Plural.Listed(DataContract.Files.Select(f => f.FileName).ToArray())}; "
                + $"where there are none, such as no contact log, a file with only the header row {string.Join(",", contract.Columns.Where(c => c.Required).Select(c => c.Name))} stands for none)");
        // A file read for several entities is named with the entity in every message and summary.
        return new CsvTable(path, OpenRead(path), shared ? $"{file} ({contract.Entity})" : file, contract, mapping, progress)
        {
            Shared = shared,
            ReadFor = textTwin is null ? null : named,
        };
    }

    /// <summary>The one file beside <paramref name="path"/> with its name and a text extension (.txt, .tsv, .tab); null when none or several.</summary>
    private static string? TextTwin(string path)
    {
        var twins = NamedLike(path).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".tsv" or ".tab").ToArray();
        return twins.Length == 1 ? twins[0] : null;
    }

    /// <summary>The files beside <paramref name="path"/> with its name (in any letter case) and any extension.</summary>
    private static IEnumerable<string> NamedLike(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (!Directory.Exists(folder)) return [];
        var stem = Path.GetFileNameWithoutExtension(path);
        return Directory.GetFiles(folder, "*").Where(f => string.Equals(Path.GetFileNameWithoutExtension(f), stem, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A file of the same name with another extension (invoices.xlsx for invoices.csv), named with what to do.</summary>
    private static string OtherExtension(string path)
    {
        var other = NamedLike(path).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
        if (other is null) return "";
        return Path.GetExtension(other).ToLowerInvariant() is ".xlsx" or ".xls" or ".xlsm" or ".ods"
            ? $"; there is {other}: save it as CSV (in Excel: Save As, CSV UTF-8)"
            : $"; there is {other}: if it is this file, name it in a mapping file's \"files\"";
    }

    /// <summary>
    /// The path itself where it exists; else the one file of its folder whose name differs only in case (an export
    /// from Windows named Customers.CSV, on a file system that tells case apart).
    /// </summary>
    private static string WithNameAsOnDisk(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (System.IO.File.Exists(path) || !Directory.Exists(folder)) return path;
        var matches = Directory.GetFiles(folder, "*").Where(f => string.Equals(Path.GetFileName(f), Path.GetFileName(path), StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length == 1 ? matches[0] : path;
    }

    /// <summary>Opens one file by its path, with the contract's own column names; messages name the path.</summary>
    public static CsvTable Open(string path, FileContract contract) => new(path, OpenRead(path), path, contract, new ColumnMapping(), progress: null);

    /// <summary>A file of the contract with a header and no rows, for what a data folder does not hold (a flat export's contact log).</summary>
    public static CsvTable None(FileContract contract) =>
        new(null, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join(",", contract.Columns.Where(c => c.Required).Select(c => c.Name)) + "\n")),
            $"{contract.FileName} (none)", contract, new ColumnMapping(), progress: null);

    private static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    /// <summary>The rest of <paramref name="first"/>'s file from the start of physical line <paramref name="line"/>, at byte <paramref name="offset"/>.</summary>
    private CsvTable(CsvTable first, long offset, long line)
    {
        (_path, File, Columns, Numbers, DateFormat) = (first._path, first.File, first.Columns, first.Numbers, first.DateFormat);
        (_header, _positions, _words, HeaderLine, UsualNamesRead, Shared, ReadFor) =
            (first._header, first._positions, first._words, first.HeaderLine, first.UsualNamesRead, first.Shared, first.ReadFor);
        _dialect = first._dialect.Continued(first._dialect.EstimatedLines / 2);
        // A byte order mark decided the first reader's encoding: that one, else the dialect's own (counting invalid bytes apart).
        var encoding = ReferenceEquals(first._reader.CurrentEncoding, first._dialect.Encoding) ? _dialect.Encoding : first._reader.CurrentEncoding;
        _stream = OpenRead(_path!);
        _stream.Position = offset;
        _reader = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        _tokenizer = new CsvTokenizer(_reader, _dialect.Delimiter, firstLine: line);
    }

    /// <summary>
    /// Splits a large file in two for reading side by side: returns a table of its rows from the first line that starts
    /// after its middle, and stops this table's <see cref="Read"/> at that line (see <see cref="StoppedAtSplit"/>). Null
    /// where the file is smaller than <paramref name="minBytes"/>, or written in an encoding whose line breaks take
    /// more than one byte (UTF-16, UTF-32).
    /// </summary>
    public CsvTable? SplitInHalves(long minBytes)
    {
        var encoding = _reader.CurrentEncoding;
        if (_path is null || _stream.Length < Math.Max(minBytes, 2) || !(encoding.IsSingleByte || encoding.CodePage == 65001)) return null;
        var (offset, line) = LineStartAfter(_path, _stream.Length / 2);
        if (offset >= _stream.Length || line <= HeaderLine) return null;
        _stopAtLine = line;
        return new CsvTable(this, offset, line);
    }

    /// <summary>
    /// The offset of the first line that starts after byte <paramref name="middle"/> of a file, and its physical line
    /// number, counted as the tokenizer counts lines (a line breaks at CR LF, CR or LF).
    /// </summary>
    private static (long Offset, long Line) LineStartAfter(string path, long middle)
    {
        using var stream = OpenRead(path);
        var buffer = new byte[1 << 20];
        stream.Position = middle;
        var offset = -1L;
        for (var at = middle; offset < 0;)
        {
            var read = stream.Read(buffer);
            if (read == 0) return (stream.Length, 0);
            var lineFeed = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (lineFeed >= 0) offset = at + lineFeed + 1;
            at += read;
        }
        stream.Position = 0;
        var breaks = 0L;
        var carriageReturnLast = false;
        for (var left = offset; left > 0;)
        {
            var chunk = buffer.AsSpan(0, stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left)));
            left -= chunk.Length;
            breaks += chunk.Count((byte)'\n');
            // A CR alone is a line break too; one before an LF is part of that one. A CR that ends a chunk is told by the next.
            if (carriageReturnLast && chunk[0] != '\n') breaks++;
            carriageReturnLast = chunk[^1] == '\r';
            for (var at = chunk[..^1].IndexOf((byte)'\r'); at >= 0;)
            {
                if (chunk[at + 1] != '\n') breaks++;
                var next = chunk[(at + 1)..^1].IndexOf((byte)'\r');
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return (offset, breaks + 1);
    }

    // Where this table stops: the line the second half of a split file starts on (see SplitInHalves).
    private long _stopAtLine = long.MaxValue;
    private bool _held;

    /// <summary>
    /// True when this table stopped at the record on the line the other half of the split file starts on (see
    /// <see cref="SplitInHalves"/>); false where a record ran over that line (a quoted line break), so that the other half
    /// did not start at a record.
    /// </summary>
    public bool StoppedAtSplit { get; private set; }

    /// <summary>Reads on past the line this table stopped at, from the record it stopped at: the other half is not used.</summary>
    public void Resume() => (_stopAtLine, StoppedAtSplit) = (long.MaxValue, false);

    /// <summary>Counts the rows the other half of a split file read as read here.</summary>
    public void CountRowsOf(CsvTable rest) => RowsRead += rest.RowsRead;

    /// <summary>The header's name of the column read for <paramref name="column"/>; null where the file lacks it.</summary>
    public string? HeaderOf(ContractColumn column) => _positions[column.Index] is var p and >= 0 ? _header[p] : null;

    /// <summary>True when the header has a column with the name, or a usual name, of <paramref name="column"/> of <paramref name="entity"/>.</summary>
    public bool Names(string entity, string column)
    {
        var names = UsualColumnNames.Of(entity, column, Plain).Append(Plain(column)).ToHashSet();
        return _header.Any(h => IsNamed(h, names));
    }

    private static bool IsNamed(string header, HashSet<string> plainNames) => plainNames.Contains(Plain(header)) || plainNames.Contains(Bare(header));

    /// <summary>Moves to the next data record; false at the end of the file.</summary>
    public bool Read()
    {
        // A row of only delimiters and spaces (",,,,", which spreadsheets write below their data) is an empty line.
        var held = _held;
        _held = false;
        do
        {
            if (held) held = false;
            else if (!ReadRecord()) return false;
            else if (Line >= _stopAtLine)
            {
                // The record stays current for the next Read after Resume.
                (_held, StoppedAtSplit) = (true, Line == _stopAtLine);
                return false;
            }
        }
        while (IsBlankRow());
        RowsRead++;
        if (RowsRead % ProgressEvery == 0)
            _progress?.Report(new LoadProgress(File, RowsRead, _stream.Position, _stream.Length));
        return true;
    }

    private bool IsBlankRow()
    {
        if (HasUnclosedQuote) return false;
        for (var position = 0; position < FieldCount; position++)
        {
            if (!IsBlank(_tokenizer[position])) return false;
        }
        return true;
    }

    /// <summary>True when the current record repeats the header, as exports joined into one file do.</summary>
    public bool RepeatsHeader
    {
        get
        {
            // Runs on every row: a data row's first field already differs from the header's. A joined file's own byte
            // order mark stays in front of its header.
            for (var i = 0; i < _header.Length; i++)
                if (i >= FieldCount || !_tokenizer[i].Trim().TrimStart('\uFEFF').Equals(_header[i], StringComparison.OrdinalIgnoreCase)) return false;
            return true;
        }
    }

    /// <summary>The current record's first field, trimmed, without a byte order mark in front (see <see cref="RepeatsHeader"/>).</summary>
    public ReadOnlySpan<char> FirstField => FieldCount > 0 ? _tokenizer[0].Trim().TrimStart('\uFEFF') : default;

    /// <summary>
    /// The one value of a row whose every other field is blank, as a report's heading of a group of rows ("Acme Ltd",
    /// then its invoices); null for any other row. A record has its first or second field.
    /// </summary>
    public string? LoneValue
    {
        get
        {
            if (FieldCount < 2 || (!IsBlank(_tokenizer[0]) && !IsBlank(_tokenizer[1]))) return null;
            var lone = -1;
            for (var i = 0; i < FieldCount; i++)
            {
                if (IsBlank(_tokenizer[i])) continue;
                if (lone >= 0) return null;
                lone = i;
            }
            return lone < 0 ? null : _tokenizer[lone].Trim().ToString();
        }
    }

    /// <summary>
    /// The first value that is not blank past the header's last column; null when the row fits the header (an empty
    /// field after a trailing delimiter fits it).
    /// </summary>
    public string? SurplusValue
    {
        get
        {
            for (var position = _header.Length; position < FieldCount; position++)
            {
                if (!IsBlank(_tokenizer[position])) return _tokenizer[position].ToString();
            }
            return null;
        }
    }

    /// <summary>The columns of the header row.</summary>
    public int HeaderWidth => _header.Length;

    /// <summary>
    /// True once the file has shown bytes that were not valid UTF-8: each became U+FFFD, so a value holding one was
    /// damaged (before, a U+FFFD is the character as written).
    /// </summary>
    public bool MetInvalidBytes => _dialect.MetInvalidBytes;

    /// <summary>
    /// The value of a contract column as the data means it, valid until the next <see cref="Read"/>: without the
    /// spaces around it, nor the invisible characters that exports leave at its ends (a byte order mark inside the
    /// file where files were joined, zero-width spaces), which would make an id another id; empty like the raw value,
    /// and empty where it is a <see cref="IsNoValue">word for no value</see>.
    /// </summary>
    public ReadOnlySpan<char> Value(ContractColumn column)
    {
        var value = this[column];
        var start = 0;
        var end = value.Length;
        while (start < end && IsBlank(value[start])) start++;
        while (end > start && IsBlank(value[end - 1])) end--;
        value = value[start..end];
        if (IsTextFormula(value)) value = value[2..^1].Trim();
        return IsNoValue(value) ? default : value;
    }

    /// <summary>
    /// True for <c>="00123"</c>: a formula that spreadsheets show as the text in its quotes, which exports write so that
    /// Excel keeps an id's leading zeros. Read as that text.
    /// </summary>
    public static bool IsTextFormula(ReadOnlySpan<char> value) =>
        value.Length >= 3 && value[0] == '=' && value[1] == '"' && value[^1] == '"' && value[2..^1].IndexOf('"') < 0;

    /// <summary>
    /// True for what databases and spreadsheets write in a cell that has no value: NULL (SQL Server's "save results
    /// as"), \N (MySQL and PostgreSQL dumps), (null), &lt;null&gt;, N/A, #N/A and #NULL! (Excel), and MySQL's zero date
    /// 0000-00-00 (with or without a zero time) for a date not set. Read as an empty value, so that a payment with NULL
    /// for its invoice is unapplied cash, not a reference to an unknown invoice, and an invoice settled on 0000-00-00 is
    /// open. NA is not one of them: it is Namibia's country code.
    /// </summary>
    public static bool IsNoValue(ReadOnlySpan<char> value)
    {
        if (value.Length is 10 or 19 && value[0] == '0') return value is "0000-00-00" or "0000-00-00 00:00:00";
        // Nearly every value is ruled out by its length or first character before any word is compared.
        if (value.Length is < 2 or > 6 || value[0] is not ('N' or 'n' or '\\' or '(' or '<' or '#')) return false;
        foreach (var word in NoValueWords)
        {
            if (value.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly string[] NoValueWords = ["NULL", "\\N", "(null)", "<null>", "N/A", "#N/A", "#NULL!"];

    private static bool IsBlank(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsBlank(c)) return false;
        }
        return true;
    }

    // Zero-width characters, and Ctrl-Z (0x1A), the end-of-file mark that DOS-era systems write after the last row.
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u001A';

    /// <summary>
    /// The raw value of a contract column, valid until the next <see cref="Read"/>; empty when the file has no such
    /// column or the row is short.
    /// </summary>
    public ReadOnlySpan<char> this[ContractColumn column]
    {
        get
        {
            var position = _positions[column.Index];
            return position >= 0 && position < FieldCount ? _tokenizer[position] : default;
        }
    }

    /// <summary>The contract's word for the export's own <paramref name="word"/> in a word column, from the mapping's values; null when it names none.</summary>
    public string? ContractWord(ContractColumn column, ReadOnlySpan<char> word) =>
        _words[column.Index] is { } words && words.TryGetValue(word, out var ours) ? ours : null;

    /// <summary>True when the row has fewer fields than the header needs for this column.</summary>
    public bool IsShort(ContractColumn column) => _positions[column.Index] >= FieldCount;

    public void ReportDone() => _progress?.Report(new LoadProgress(File, RowsRead, _stream.Length, _stream.Length));

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private bool ReadRecord()
    {
        var read = _tokenizer.Read();
        Line = _tokenizer.FirstLine;
        HasUnclosedQuote = read && _tokenizer.SwallowedLines;
        if (HasUnclosedQuote) _tokenizer.RereadAfterFirstLine();
        return read;
    }

    /// <summary>A header name's letters and digits, lower case.</summary>
    private static string Plain(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>
    /// A header name as <see cref="Plain"/> gives it, without a unit or format in brackets at its end ("Amount (EUR)",
    /// "Due Date [dd/mm/yyyy]") and with # read as number ("Customer #"), as report writers name columns.
    /// </summary>
    private static string Bare(string name) => Plain(UnitInBrackets.Replace(name, "").Replace("#", " number", StringComparison.Ordinal));

    private static readonly Regex UnitInBrackets = new(@"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$");

    /// <summary>How to name the column the export has for a contract column: a header name that holds its name, if any.</summary>
    private string MappingHint(string entity, string column, string source)
    {
        var near = Array.Find(_header, h => h.Length > 0 && Plain(h).Contains(Plain(source), StringComparison.Ordinal));
        return near is null
            ? "; if the export names it otherwise, name that column in a mapping file (--mapping; see data-samples/README.md)"
            : $"; if '{near}' holds it, say so in a mapping file (--mapping): {{ \"columns\": {{ \"{entity}\": {{ \"{column}\": \"{near}\" }} }} }}";
    }

    /// <summary>A one-column header usually means the delimiter was not the one the file uses.</summary>
    private string DelimiterHint() => _header.Length > 1 ? "" :
        $" (read with the delimiter {DelimiterWord(_dialect.Delimiter)}; if the file uses another, give it with --delimiter or the mapping's \"delimiter\")";

    private static string DelimiterWord(char delimiter) => delimiter switch { ',' => "comma", ';' => "semicolon", '\t' => "tab", '|' => "pipe", _ => $"'{delimiter}'" };

    private static string Describe(IReadOnlyList<ContractColumn> columns) =>
        "columns " + string.Join(", ", columns.Where(c => c.Required).Select(c => c.Name));
}
