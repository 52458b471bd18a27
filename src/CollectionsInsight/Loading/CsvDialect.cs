using System.Text;
using System.Text.RegularExpressions;

namespace CollectionsInsight.Loading;

/// <summary>
/// How one CSV file is written: its text encoding and delimiter, given in the mapping or detected from the
/// file's first bytes. Encoding: the mapping's; else a BOM (UTF-8, UTF-16, UTF-32); else UTF-16 when the
/// text has the zero bytes of ASCII in UTF-16; else Windows-1252 when the first bytes are not UTF-8 and hold no
/// character UTF-8 would write in more than one byte (a legacy export, such as Excel's "CSV" on Western European
/// Windows); else UTF-8. Delimiter: the mapping's; else whichever of comma, semicolon, tab and pipe occurs most often in
/// the header row (comma when none does). A first line <c>sep=;</c>, which Excel writes and reads, names the
/// delimiter and is not the header. Date order: where the mapping names no date format, the one that the first bytes'
/// local dates fit alone (<see cref="DateOrder"/>).
/// </summary>
internal sealed class CsvDialect
{
    public static readonly char[] Delimiters = [',', ';', '\t', '|'];

    private const int SampleBytes = 1 << 16;

    private CsvDialect(Encoding encoding, char delimiter, InvalidBytesFallback? invalidBytes, int estimatedLines, bool legacyGuessed,
        bool delimiterLine, (string Format, string Example)? dateOrder)
    {
        DateOrder = dateOrder;
        DelimiterLine = delimiterLine;
        Encoding = encoding;
        LegacyGuessed = legacyGuessed;
        Delimiter = delimiter;
        _invalidBytes = invalidBytes;
        EstimatedLines = estimatedLines;
    }

    private readonly InvalidBytesFallback? _invalidBytes;

    public Encoding Encoding { get; }
    public char Delimiter { get; }

    /// <summary>True when the file starts with Excel's <c>sep=X</c> line, to be passed over before the header.</summary>
    public bool DelimiterLine { get; }

    /// <summary>
    /// The date format of the file's local dates where nobody named one and its first bytes show the order of day and
    /// month (some day above 12 in one place, none in the other: <c>29/10/2024</c> is d/M/yyyy, <c>29/10/24</c> d/M/yy), with a date that shows it.
    /// </summary>
    public (string Format, string Example)? DateOrder { get; }

    /// <summary>True when the encoding is Windows-1252 because the first bytes were not UTF-8 (nobody named one).</summary>
    public bool LegacyGuessed { get; }

    /// <summary>
    /// About how many lines the file has, from the line breaks in its first bytes: enough to size the collections that
    /// hold its rows up front, instead of growing them through copies of millions of entries.
    /// </summary>
    public int EstimatedLines { get; }

    /// <summary>
    /// True once the reader has met bytes that are not UTF-8; each became U+FFFD, so records holding one
    /// can be rejected line by line instead of refusing the whole file.
    /// </summary>
    public bool MetInvalidBytes => _invalidBytes?.Count > 0;

    /// <summary>
    /// The dialect for the rest of a file read apart, about <paramref name="rows"/> rows (a split file's second half): the
    /// same, with an encoding that counts its own invalid bytes.
    /// </summary>
    public CsvDialect Continued(int rows)
    {
        var encoding = Encoding;
        InvalidBytesFallback? invalidBytes = null;
        if (_invalidBytes is not null)
        {
            invalidBytes = new InvalidBytesFallback();
            encoding = (Encoding)Encoding.Clone();
            encoding.DecoderFallback = invalidBytes;
        }
        return new CsvDialect(encoding, Delimiter, invalidBytes, rows, LegacyGuessed, DelimiterLine, DateOrder);
    }

    /// <summary>Reads the start of <paramref name="stream"/> to choose the dialect and leaves the stream at its start.</summary>
    public static CsvDialect Detect(Stream stream, ColumnMapping mapping, string file)
    {
        var sample = new byte[SampleBytes];
        var length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var head = sample.AsSpan(0, length);
        if (WorkbookKind(head) is { } kind)
            throw new DataLoadException($"{file}: an Excel workbook ({kind}), not CSV text: save it as CSV (in Excel: Save As, CSV UTF-8)");

        InvalidBytesFallback? invalidBytes = null;
        // "utf-16" names little-endian; where the bytes show the other order, they are right.
        var encoding = (mapping.Encoding is null or UnicodeEncoding ? Utf16WithoutBom(head) : null) ?? mapping.Encoding;
        var legacyGuessed = encoding is null && !HasBom(head) && IsLegacyText(head) && ColumnMapping.TryParseEncoding("windows-1252", out encoding);
        var firstLines = FirstLines(sample, length, encoding ?? Encoding.UTF8);
        var firstLine = firstLines.FirstOrDefault() ?? "";
        var delimiterLine = firstLine.Length == 5 && firstLine.StartsWith("sep=", StringComparison.OrdinalIgnoreCase);
        // A title above the header ("Open items as of 30/06/2025") holds no delimiter: the header's line decides.
        var delimiter = mapping.Delimiter ?? (delimiterLine ? firstLine[4]
            : MostFrequentDelimiter(firstLines.FirstOrDefault(line => line.AsSpan().IndexOfAny(Delimiters) >= 0) ?? firstLine));
        var dateOrder = mapping.DateFormat is null ? DateOrderOf((encoding ?? Encoding.UTF8).GetString(sample, 0, length)) : null;
        if (encoding is null)
        {
            invalidBytes = new InvalidBytesFallback();
            encoding = (Encoding)new UTF8Encoding(false).Clone();
            encoding.DecoderFallback = invalidBytes;
        }
        var lineBreaks = head.Count((byte)'\n');
        var estimatedLines = lineBreaks == 0 ? 1 : (int)Math.Min(int.MaxValue / 2, (double)stream.Length * lineBreaks / length);
        return new CsvDialect(encoding, delimiter, invalidBytes, estimatedLines, legacyGuessed, delimiterLine, dateOrder);
    }

    // A local date: day and month in either order, a point, slash or hyphen, a year of four or two digits (29/10/2024,
    // 10.29.2024, 29/10/24; a two-digit year is read as 1950 to 2049, as the format's yy reads it).
    private static readonly Regex LocalDate = new(@"(?<![\d./-])(?<first>\d{1,2})(?<separator>[./-])(?<second>\d{1,2})\k<separator>(?<year>\d{4}|\d{2})(?![\d./-])",
        RegexOptions.CultureInvariant);

    // A date with the month's name, as reports and spreadsheets write it: 29-Oct-2024, 29 October 2024, Oct 29, 2024,
    // and Oracle's 29-OCT-24 (a two-digit year is read as 1950 to 2049, as the format's yy reads it). Day first, the
    // name may be in another language and with points, as European exports write it (29. Okt. 2024, 29 oct. 2024:
    // MonthNames); month first, it is English.
    private const string MonthName = @"(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)";

    // Not after a weekday and a comma: that is an email header's date-time (Wed, 04 Dec 2024 10:22:00 +0000), read as such.
    private static readonly Regex DayMonthName = new(@"(?<![\w./-])(?<![A-Za-z]{3}, )\d{1,2}(?<daypoint>\.)?(?<separator>[- ])(?<month>\p{L}{3,10})(?<point>\.)?"
        + @"\k<separator>(?<year>\d{4}|\d{2})(?![\w./-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Month first with a comma (Oct 29, 2024), or without, as JavaScript's toDateString and some reports write it (Oct 29 2024).
    private static readonly Regex MonthNameDay = new(@"(?<![\w./-])" + MonthName + @" \d{1,2}(?<comma>,)? (?<year>\d{4})(?![\w./-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The format of the local dates of <paramref name="text"/>: the order of day and month their numbers show
    /// (<see cref="NumberOrderOf"/>), or else the one form with the month's name they are all written in (d-MMM-yyyy,
    /// d MMMM yyyy, MMM d, yyyy, ...). Null where the dates do not tell.
    /// </summary>
    private static (string Format, string Example)? DateOrderOf(string text) => NumberOrderOf(text) ?? MonthNameFormatOf(text);

    private static (string Format, string Example)? MonthNameFormatOf(string text)
    {
        var dayFirst = DayMonthName.Matches(text).Where(d => MonthNames.IsMonth(d.Groups["month"].ValueSpan)).ToList();
        var monthFirst = MonthNameDay.Matches(text);
        if (dayFirst.Count > 0 == monthFirst.Count > 0) return null;
        var dates = dayFirst.Count > 0 ? dayFirst : monthFirst.ToList();
        // Abbreviated (Oct) or in full (October); May is both. A name the invariant culture does not read (Okt, oct.)
        // is read as its English abbreviation.
        var names = dates.Select(d => (Invariant: IsInvariant(d), Month: d.Groups["month"].Value))
            .Where(d => !d.Invariant || !d.Month.Equals("May", StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Invariant && d.Month.Length > 3 ? "MMMM" : "MMM").Distinct().ToArray();
        if (names.Length > 1) return null;
        var month = names.FirstOrDefault() ?? "MMM";
        if (monthFirst.Count > 0)
        {
            var commas = dates.Select(d => d.Groups["comma"].Success).Distinct().ToArray();
            return commas.Length > 1 ? null : (commas[0] ? $"{month} d, yyyy" : $"{month} d yyyy", dates[0].Value);
        }
        var separators = dates.Select(d => d.Groups["separator"].Value).Distinct().ToArray();
        var years = dates.Select(d => d.Groups["year"].Length == 2 ? "yy" : "yyyy").Distinct().ToArray();
        if (separators.Length > 1 || years.Length > 1) return null;
        return ($"d{separators[0]}{month}{separators[0]}{years[0]}", dates[0].Value);
    }

    private static bool IsInvariant(Match date) =>
        !date.Groups["daypoint"].Success && !date.Groups["point"].Success && MonthNames.IsInvariant(date.Groups["month"].Value);

    /// <summary>
    /// The order of day and month that the local dates of <paramref name="text"/> show, where they share one separator
    /// and one width of year: some with a first number above 12 and none with a second (day first), or the other way
    /// round. Null where the dates do not tell (every day is 12 or less) or disagree, and where a two-digit "year" takes
    /// as many values as the day or month before it: then it is the day of a year-first date (25.01.24).
    /// </summary>
    private static (string Format, string Example)? NumberOrderOf(string text)
    {
        string? separator = null, year = null, dayFirst = null, monthFirst = null;
        HashSet<int> firsts = [], seconds = [];
        HashSet<string> years = [];
        foreach (Match date in LocalDate.Matches(text))
        {
            var width = date.Groups["year"].Length == 2 ? "yy" : "yyyy";
            if ((separator ?? date.Groups["separator"].Value) != date.Groups["separator"].Value || (year ?? width) != width) return null;
            (separator, year) = (date.Groups["separator"].Value, width);
            var (first, second) = (int.Parse(date.Groups["first"].ValueSpan), int.Parse(date.Groups["second"].ValueSpan));
            if (first > 12 && second is >= 1 and <= 12) dayFirst ??= date.Value;
            else if (second > 12 && first is >= 1 and <= 12) monthFirst ??= date.Value;
            firsts.Add(first);
            seconds.Add(second);
            years.Add(date.Groups["year"].Value);
        }
        if (year == "yy" && years.Count >= Math.Max(firsts.Count, seconds.Count)) return null;
        return (dayFirst, monthFirst) switch
        {
            ({ } example, null) => ($"d{separator}M{separator}{year}", example),
            (null, { } example) => ($"M{separator}d{separator}{year}", example),
            _ => null,
        };
    }

    /// <summary>What a file's first bytes show it is, where it is a workbook rather than text: xlsx (a zip) or xls.</summary>
    private static string? WorkbookKind(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) ? ".xlsx"
        : head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? ".xls"
        : null;

    /// <summary>
    /// Bytes that are not UTF-8 and hold no valid multi-byte sequence: an 8-bit code page's text (é is 0xE9 there,
    /// never followed by what UTF-8 needs). Text with both is UTF-8 with some damage, left to the row-by-row check.
    /// </summary>
    private static bool IsLegacyText(ReadOnlySpan<byte> head)
    {
        int invalid = 0, multiByte = 0;
        while (!head.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(head, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData) break;
            if (status == System.Buffers.OperationStatus.InvalidData) invalid++;
            else if (consumed > 1) multiByte++;
            head = head[consumed..];
        }
        return invalid > 0 && multiByte == 0;
    }

    /// <summary>A BOM-less UTF-16 text shows as zero bytes at every other position (the high bytes of ASCII).</summary>
    private static UnicodeEncoding? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4 || HasBom(head)) return null;
        int zerosEven = 0, zerosOdd = 0;
        var pairs = head.Length / 2;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) zerosEven++;
            if (head[i + 1] == 0) zerosOdd++;
        }
        if (zerosOdd > pairs * 0.4 && zerosEven < pairs * 0.05) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        if (zerosEven > pairs * 0.4 && zerosOdd < pairs * 0.05) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        return null;
    }

    private static bool HasBom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The sample's first lines that are not empty, as many as a header may be preceded by and the header.</summary>
    private static List<string> FirstLines(byte[] sample, int length, Encoding encoding)
    {
        using var reader = new StreamReader(new MemoryStream(sample, 0, length), encoding, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (lines.Count <= CsvTable.MaxLinesAboveHeader && reader.ReadLine() is { } line)
            if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static char MostFrequentDelimiter(string header)
    {
        var counts = new int[Delimiters.Length];
        var quoted = false;
        foreach (var ch in header)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && Array.IndexOf(Delimiters, ch) is var index and >= 0) counts[index]++;
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return Delimiters[best];
    }

    /// <summary>Decodes each invalid byte sequence as U+FFFD and counts them.</summary>
    private sealed class InvalidBytesFallback : DecoderFallback
    {
        public int Count;

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidBytesFallback owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0) return '\0';
                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining == 1) return false;
                _remaining++;
                return true;
            }
        }
    }
}
