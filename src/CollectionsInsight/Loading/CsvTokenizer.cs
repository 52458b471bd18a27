namespace CollectionsInsight.Loading;

/// <summary>
/// Splits CSV text into records and hands out their fields as spans over its buffer, so that reading a field costs no
/// string. It keeps the quoting rules of CsvHelper 33's RFC 4180 mode, which the loader was built on and whose
/// results on odd input (line numbers, stray and unclosed quotes) its messages describe:
/// <list type="bullet">
/// <item>A field is quoted only when its first character is a quote; inside it, <c>""</c> is a quote and line breaks
/// are text. A quote anywhere in an unquoted field is read as written, and the field is bad data.</item>
/// <item>A quoted field that goes on after its closing quote (<c>"ph"one"</c>) ends at the next delimiter or line
/// break; it is bad data, and its value has the quotes read up to the first stray one.</item>
/// <item>Inside a quoted field, a quote after a backslash and before anything but a quote, a delimiter or a line
/// break is a quote in the text (<c>"Acme \"Best\" Ltd"</c>, as MySQL escapes quotes): under the rule above the field
/// would be bad data and its row lost.</item>
/// <item>A quote that is opened and never closed runs to the end of the file (the loader then reads the lines after
/// the record's first again: <see cref="RereadAfterFirstLine"/>).</item>
/// <item>Lines break at CR, LF or CRLF; empty lines are skipped but counted in <see cref="RawRow"/>.</item>
/// </list>
/// Lines without a quote, nearly all of them, are split with vectorised searches; the rest go through the rules
/// character by character.
/// </summary>
internal sealed class CsvTokenizer
{
    private const char Quote = '"';

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private char[] _buffer;
    private int _end;
    private bool _atEndOfFile;
    private int _recordStart;
    private int _recordEnd;
    private Field[] _fields = new Field[16];
    // Fields with escaped quotes or a malformed quoted field are copied here without the quotes.
    private char[] _unquoted = new char[256];
    private int _unquotedLength;
    // Line breaks inside quoted fields of the current record.
    private int _innerLineBreaks;

    /// <summary>Reads records from <paramref name="reader"/>, fields split at <paramref name="delimiter"/>.</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="bufferSize">The characters read at a time; the buffer grows to hold a longer record.</param>
    /// <param name="firstLine">The physical line the text starts on: 1, or later where it is the rest of a file from a line's start.</param>
    public CsvTokenizer(TextReader reader, char delimiter, int bufferSize = 1 << 16, long firstLine = 1)
    {
        RawRow = firstLine - 1;
        _reader = reader;
        _buffer = new char[bufferSize];
        _delimiter = delimiter;
    }

    public int FieldCount { get; private set; }

    /// <summary>
    /// The physical line the reader has reached: the current record's last line (CsvHelper's RawRow, which also
    /// counts the empty lines skipped before the record).
    /// </summary>
    public long RawRow { get; private set; }

    /// <summary>
    /// The physical line the current record starts on: after the empty lines skipped before it, before the line breaks
    /// inside its quoted fields. Read it before <see cref="RereadAfterFirstLine"/>.
    /// </summary>
    public long FirstLine => RawRow - _innerLineBreaks;

    /// <summary>The current record as written, with its line break.</summary>
    public ReadOnlySpan<char> RawRecord => _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>As written, the first field of the current record with a stray or unclosed quote; null when it has none.</summary>
    public string? BadField { get; private set; }

    /// <summary>
    /// True when a field of the current record runs over line breaks and is malformed: never closed, or going on
    /// after its closing quote. Most likely a quote opened by mistake, which took the lines after it into the field.
    /// </summary>
    public bool SwallowedLines { get; private set; }

    /// <summary>The value of a field of the current record; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var field = _fields[index];
            return (field.Unquoted ? _unquoted : _buffer).AsSpan(field.Start, field.Length);
        }
    }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    public bool Read()
    {
        FieldCount = 0;
        _unquotedLength = 0;
        BadField = null;
        SwallowedLines = false;
        _innerLineBreaks = 0;
        RawRow++;
        var position = _recordEnd;
        while (true)
        {
            _recordStart = position;
            if (position == _end && !Fill(ref position)) return false;
            // An empty line is skipped (its CR LF taken as one line break), counted as a line.
            var first = _buffer[position];
            if (first is '\r' or '\n')
            {
                if (first == '\r' && position + 1 == _end && !Fill(ref position)) return false;
                position += LineBreakLength(position);
                RawRow++;
                continue;
            }
            var split = SplitUnquoted(position);
            if (split == Split.Quoted) split = SplitQuoted(position);
            if (split == Split.Done) return true;
            // The record runs past the buffer: read more and split it again from its start.
            Fill(ref position);
        }
    }

    /// <summary>
    /// Gives back all but the first line of the current record: the next <see cref="Read"/> starts on its second line.
    /// The current record's fields stay valid until then.
    /// </summary>
    public void RereadAfterFirstLine()
    {
        var firstBreak = RawRecord.IndexOfAny('\r', '\n');
        if (_innerLineBreaks == 0 || firstBreak < 0) return;
        RawRow -= _innerLineBreaks;
        _recordEnd = _recordStart + firstBreak + LineBreakLength(_recordStart + firstBreak);
    }

    private enum Split { Done, Quoted, NeedMore }

    /// <summary>Splits the record at <paramref name="start"/> when its line holds no quote.</summary>
    private Split SplitUnquoted(int start)
    {
        var line = _buffer.AsSpan(start, _end - start);
        var lineLength = line.IndexOfAny('\r', '\n');
        if (lineLength < 0 ? !_atEndOfFile : line[lineLength] == '\r' && start + lineLength + 1 == _end && !_atEndOfFile)
            return Split.NeedMore;
        if (lineLength < 0) lineLength = line.Length;
        line = line[..lineLength];
        if (line.Contains(Quote)) return Split.Quoted;
        var fieldStart = 0;
        int delimiter;
        while ((delimiter = line[fieldStart..].IndexOf(_delimiter)) >= 0)
        {
            AddField(start + fieldStart, delimiter);
            fieldStart += delimiter + 1;
        }
        AddField(start + fieldStart, lineLength - fieldStart);
        _recordEnd = start + lineLength + LineBreakLength(start + lineLength);
        return Split.Done;
    }

    /// <summary>The characters of the line break at <paramref name="position"/>: 2 for CR LF (one break), 0 at the end of the text.</summary>
    private int LineBreakLength(int position) =>
        position == _end ? 0 : _buffer[position] == '\r' && position + 1 < _end && _buffer[position + 1] == '\n' ? 2 : 1;

    /// <summary>Splits the record at <paramref name="start"/> character by character with the quoting rules.</summary>
    private Split SplitQuoted(int start)
    {
        var fieldStart = start;
        var quoted = false;
        var inQuotes = false;
        var bad = false;
        var quotes = 0;
        var backslashed = false;
        var lineBreaksInQuotes = 0;
        var fieldLineBreaks = 0;
        var swallowed = false;
        var c = '\0';
        var position = start;
        while (true)
        {
            if (position == _end)
            {
                if (!_atEndOfFile) return ResetFields();
                // The last record may end without a line break, or inside an unclosed quote.
                var malformed = AddField(fieldStart, position - fieldStart, quotes, bad, backslashed);
                swallowed |= fieldLineBreaks > 0 && (malformed || inQuotes);
                break;
            }
            var previous = c;
            c = _buffer[position++];
            var firstOfField = fieldStart == position - 1;
            if (firstOfField) quoted = c == Quote;
            if (quoted)
            {
                if (c == Quote)
                {
                    quotes++;
                    if (inQuotes && previous == '\\' && !bad)
                    {
                        // Lookahead: a quote that closes the field is followed by a quote, a delimiter or a line break.
                        if (position == _end && !_atEndOfFile) return ResetFields();
                        if (position < _end && _buffer[position] is not (Quote or '\r' or '\n') && _buffer[position] != _delimiter)
                        {
                            backslashed = true;
                            continue;
                        }
                    }
                    if (!inQuotes && !firstOfField && previous != Quote) bad = true;
                    // After bad data, quotes no longer open or close the field.
                    else if (!bad) inQuotes = !inQuotes;
                }
                if (inQuotes)
                {
                    if (c == '\r' || (c == '\n' && previous != '\r'))
                    {
                        lineBreaksInQuotes++;
                        fieldLineBreaks++;
                    }
                    continue;
                }
            }
            else if (c == Quote)
            {
                bad = true;
            }
            if (c == _delimiter)
            {
                swallowed |= AddField(fieldStart, position - 1 - fieldStart, quotes, bad, backslashed) && fieldLineBreaks > 0;
                fieldStart = position;
                quotes = 0;
                backslashed = false;
                bad = false;
                fieldLineBreaks = 0;
                continue;
            }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && position == _end && !_atEndOfFile) return ResetFields();
                var lineBreak = c == '\r' && position < _end && _buffer[position] == '\n' ? 2 : 1;
                swallowed |= AddField(fieldStart, position - 1 - fieldStart, quotes, bad, backslashed) && fieldLineBreaks > 0;
                position += lineBreak - 1;
                break;
            }
        }
        RawRow += lineBreaksInQuotes;
        _innerLineBreaks = lineBreaksInQuotes;
        SwallowedLines = swallowed;
        _recordEnd = position;
        return Split.Done;
    }

    private Split ResetFields()
    {
        FieldCount = 0;
        _unquotedLength = 0;
        BadField = null;
        return Split.NeedMore;
    }

    private void AddField(int start, int length) => AddField(new Field(start, length, Unquoted: false));

    /// <summary>
    /// Adds a field as CsvHelper reads it: quotes taken off a well-formed quoted field, bad data reported. True when
    /// the field is bad data. <paramref name="backslashed"/>: the field holds quotes escaped with a backslash.
    /// </summary>
    private bool AddField(int start, int length, int quotes, bool bad, bool backslashed)
    {
        var raw = _buffer.AsSpan(start, length);
        if (length == 0 || (quotes == 0 && !bad))
        {
            AddField(start, length);
            return false;
        }
        // A stray quote in an unquoted field is counted as bad data, not as a quote.
        if (bad || raw[0] != Quote || raw[^1] != Quote || length == 1)
        {
            BadField ??= raw.ToString();
            if (raw[0] == Quote) AddUnquoted(raw[1..], malformed: true);
            else AddField(start, length);
            return true;
        }
        if (backslashed) AddUnescaped(raw[1..^1]);
        else if (quotes == 2) AddField(start + 1, length - 2);
        else AddUnquoted(raw[1..^1], malformed: false);
        return false;
    }

    /// <summary>
    /// Copies a quoted field's text without its escaping quotes: each <c>""</c> is one quote. In a malformed field
    /// (CsvHelper's rule) an escaped quote is dropped, and the text after the first stray quote is taken as written.
    /// </summary>
    private void AddUnquoted(ReadOnlySpan<char> text, bool malformed)
    {
        var start = MakeRoomToCopy(text.Length);
        var escaped = false;
        var asWritten = false;
        var previous = '\0';
        foreach (var c in text)
        {
            var before = previous;
            previous = c;
            if (escaped)
            {
                escaped = false;
                if (malformed)
                {
                    if (c == Quote) continue;
                    if (before == Quote) asWritten = true;
                }
                else
                {
                    _unquoted[_unquotedLength++] = c;
                    continue;
                }
            }
            if (c == Quote && !asWritten)
            {
                escaped = true;
                continue;
            }
            _unquoted[_unquotedLength++] = c;
        }
        AddField(new Field(start, _unquotedLength - start, Unquoted: true));
    }

    /// <summary>Copies a well-formed quoted field's text with each <c>\"</c> and <c>""</c> read as one quote.</summary>
    private void AddUnescaped(ReadOnlySpan<char> text)
    {
        var start = MakeRoomToCopy(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var escape = i + 1 < text.Length && text[i + 1] == Quote && text[i] is '\\' or Quote;
            _unquoted[_unquotedLength++] = escape ? text[++i] : text[i];
        }
        AddField(new Field(start, _unquotedLength - start, Unquoted: true));
    }

    /// <summary>Grows the unquoted copy to take <paramref name="length"/> more characters; where they start.</summary>
    private int MakeRoomToCopy(int length)
    {
        if (_unquoted.Length < _unquotedLength + length)
            Array.Resize(ref _unquoted, Math.Max(_unquoted.Length * 2, _unquotedLength + length));
        return _unquotedLength;
    }

    private void AddField(Field field)
    {
        if (FieldCount == _fields.Length) Array.Resize(ref _fields, _fields.Length * 2);
        _fields[FieldCount++] = field;
    }

    /// <summary>
    /// Reads more text behind the current record, moving the record to the buffer's start (and growing the buffer when
    /// the record fills it); <paramref name="position"/> moves with it. False at the end of the text.
    /// </summary>
    private bool Fill(ref int position)
    {
        if (_atEndOfFile) return false;
        var keep = _end - _recordStart;
        if (_recordStart == 0 && _end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        else if (_recordStart > 0)
            Array.Copy(_buffer, _recordStart, _buffer, 0, keep);
        position -= _recordStart;
        _recordStart = 0;
        _end = keep;
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _atEndOfFile = true;
        _end += read;
        return read > 0;
    }

    /// <summary>Where a field's value is: in the read buffer, or (without its quotes) in the unquoted copy.</summary>
    private readonly record struct Field(int Start, int Length, bool Unquoted);
}
