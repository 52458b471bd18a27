using System.Buffers;
using System.Globalization;

namespace CollectionsInsight.IO;

/// <summary>
/// Writes CSV records cell by cell (RFC 4180: a cell with a comma, quote or line break is quoted), numbers and dates
/// in the invariant culture, straight to the text writer: files can hold millions of rows, and a number or a date
/// needs no string of its own. Cells are written as given: guarding text against formulas is the caller's choice
/// (result files do, data files do not).
/// </summary>
internal sealed class CsvWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private bool _inRecord;

    /// <summary>Writes to <paramref name="writer"/>, which the caller disposes.</summary>
    public CsvWriter(TextWriter writer) : this(writer, ownsWriter: false)
    {
    }

    private CsvWriter(TextWriter writer, bool ownsWriter)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
    }

    /// <summary>Creates (or overwrites) a file, as <see cref="AtomicOutput.WriteText"/> writes text, and writes its header.</summary>
    public static CsvWriter Create(string path, IReadOnlyList<string> header)
    {
        var csv = new CsvWriter(AtomicOutput.OpenTextWriter(new FileStream(path, FileMode.Create, FileAccess.Write), leaveOpen: false), ownsWriter: true);
        csv.Record(header);
        return csv;
    }

    /// <summary>Writes one record of text cells, such as a header.</summary>
    public void Record(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells) Text(cell);
        EndRecord();
    }

    /// <summary>A text cell, quoted when it needs to be; null or empty is an empty cell.</summary>
    public void Text(string? text)
    {
        Separate();
        if (!string.IsNullOrEmpty(text)) _writer.Write(Quote(text));
    }

    /// <summary>A number or date in <paramref name="format"/> (default: the type's general format), invariant culture.</summary>
    public void Value<T>(T value, string? format = null) where T : ISpanFormattable
    {
        Separate();
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture)) _writer.Write(buffer[..written]);
        else _writer.Write(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>As <see cref="Value{T}(T, string?)"/>; null is an empty cell.</summary>
    public void Value<T>(T? value, string? format = null) where T : struct, ISpanFormattable
    {
        if (value is { } present) Value(present, format);
        else Separate();
    }

    /// <summary>A cell already in its CSV form (quoted if it needs to be).</summary>
    public void Formatted(ReadOnlySpan<char> cell)
    {
        Separate();
        _writer.Write(cell);
    }

    /// <summary>Ends the current record.</summary>
    public void EndRecord()
    {
        _writer.WriteLine();
        _inRecord = false;
    }

    /// <summary>Text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Quote(string text)
    {
        // A NUL from the input ends the field, or the file, in many programs that read CSV: shown as the replacement
        // character, as bytes that are not text are.
        if (text.Contains('\0')) text = text.Replace('\0', '\uFFFD');
        return text.AsSpan().ContainsAny(NeedsQuotes) ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
    }

    private void Separate()
    {
        if (_inRecord) _writer.Write(',');
        _inRecord = true;
    }
}
