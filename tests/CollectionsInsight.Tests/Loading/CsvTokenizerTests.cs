using System.Globalization;
using CollectionsInsight.Loading;
using CsvHelper;
using CsvHelper.Configuration;

namespace CollectionsInsight.Tests.Loading;

public class CsvTokenizerTests
{
    /// <summary>One record as the loader sees it: its line (RawRow), text as written, fields and first bad field.</summary>
    private sealed record Row(long RawRow, string Raw, string[] Fields, string? Bad);

    private static List<Row> Tokenize(string text, char delimiter = ',', int bufferSize = 1 << 16)
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), delimiter, bufferSize);
        var rows = new List<Row>();
        while (tokenizer.Read())
        {
            var fields = new string[tokenizer.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = tokenizer[i].ToString();
            rows.Add(new Row(tokenizer.RawRow, tokenizer.RawRecord.ToString(), fields, tokenizer.BadField));
        }
        return rows;
    }

    [Fact]
    public void Read_QuotedFields_UnquotesAndUnescapes()
    {
        var row = Assert.Single(Tokenize("a,\"b,c\",\"d\"\"e\",\"\"\n"));

        Assert.Equal(["a", "b,c", "d\"e", ""], row.Fields);
        Assert.Null(row.Bad);
    }

    [Theory]
    [InlineData(1 << 16)]
    [InlineData(3)]
    public void Read_QuotesEscapedWithABackslash_AreQuotesInTheText(int bufferSize)
    {
        var rows = Tokenize("1,\"Polar \\\"Media, Inc\\\" GmbH\",a\n2,\"C:\\dir\\\",b\n3,\"x\\\"\n", bufferSize: bufferSize);

        // As MySQL escapes quotes; a backslash before a closing quote stays text, as RFC 4180 reads it.
        Assert.Equal(["1", "Polar \"Media, Inc\" GmbH", "a"], rows[0].Fields);
        Assert.Equal(["2", "C:\\dir\\", "b"], rows[1].Fields);
        Assert.Equal(["3", "x\\"], rows[2].Fields);
        Assert.All(rows, row => Assert.Null(row.Bad));
    }

    [Fact]
    public void Read_StrayInchMarkInUnquotedField_ReadsItAsWrittenAndReportsIt()
    {
        var row = Assert.Single(Tokenize("1,Polar 19\" Media GmbH,a\n"));

        Assert.Equal(["1", "Polar 19\" Media GmbH", "a"], row.Fields);
        Assert.Equal("Polar 19\" Media GmbH", row.Bad);
    }

    [Fact]
    public void Read_MalformedQuotedField_EndsAtTheDelimiterAndLeavesTheNextRowAlone()
    {
        var rows = Tokenize("2,\"ph\"one\",b\n3,Fine Ltd,c\n");

        Assert.Equal(["2", "phone\"", "b"], rows[0].Fields);
        Assert.Equal("\"ph\"one\"", rows[0].Bad);
        Assert.Equal(["3", "Fine Ltd", "c"], rows[1].Fields);
        Assert.Null(rows[1].Bad);
        Assert.Equal(2, rows[1].RawRow);
    }

    [Fact]
    public void Read_CrLf_EndsRecordsAndStaysInTheRawRecord()
    {
        var rows = Tokenize("a,b\r\nc,d\r\n");

        Assert.Equal([["a", "b"], ["c", "d"]], rows.Select(r => r.Fields));
        Assert.Equal(["a,b\r\n", "c,d\r\n"], rows.Select(r => r.Raw));
        Assert.Equal([1L, 2L], rows.Select(r => r.RawRow));
    }

    [Fact]
    public void Read_LineBreakInQuotedField_IsTextAndCountsAsALine()
    {
        var rows = Tokenize("1,\"x\r\ny\nz\",w\n2,v\n");

        Assert.Equal(["1", "x\r\ny\nz", "w"], rows[0].Fields);
        Assert.Equal([3L, 4L], rows.Select(r => r.RawRow));
    }

    [Fact]
    public void Read_EmptyLines_AreSkippedButCounted()
    {
        var rows = Tokenize("a\n\n\r\n\rb\n");

        Assert.Equal([["a"], ["b"]], rows.Select(r => r.Fields));
        Assert.Equal([1L, 5L], rows.Select(r => r.RawRow));
    }

    [Theory]
    [InlineData("a,b,\n")]
    [InlineData("a,b,")]
    [InlineData("a,b,\r")]
    public void Read_EmptyLastField_IsAField(string text)
    {
        Assert.Equal(["a", "b", ""], Assert.Single(Tokenize(text)).Fields);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Read_OtherDelimiter_SplitsOnlyOnIt(char delimiter)
    {
        var row = Assert.Single(Tokenize($"a{delimiter}b,c{delimiter}\"x{delimiter}y\"\n", delimiter));

        Assert.Equal(["a", "b,c", $"x{delimiter}y"], row.Fields);
    }

    [Fact]
    public void Read_FieldsLongerThanTheBuffer_AreReadWhole()
    {
        var plain = new string('x', 200_000);
        var quoted = string.Concat(Enumerable.Repeat("ab\"\"", 50_000));

        var rows = Tokenize($"{plain},1\n\"{quoted}\",2\n3,4", bufferSize: 16);

        Assert.Equal([plain, "1"], rows[0].Fields);
        Assert.Equal([quoted.Replace("\"\"", "\""), "2"], rows[1].Fields);
        Assert.Equal(["3", "4"], rows[2].Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_RunsToTheEndOfTheText()
    {
        var row = Assert.Single(Tokenize("1,\"open\n2,x\n"));

        Assert.Equal(["1", "open\n2,x\n"], row.Fields);
        Assert.Equal("\"open\n2,x\n", row.Bad);
        Assert.Equal(3, row.RawRow);
    }

    [Theory]
    [InlineData("1,\"open\n2,x\n3,y")]
    [InlineData("1,\"open\r\n2,x\r\n3,\"y\"z")]
    public void RereadAfterFirstLine_SwallowedLines_ReadAsRecordsOfTheirOwn(string text)
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), ',');

        Assert.True(tokenizer.Read());
        Assert.True(tokenizer.SwallowedLines);
        tokenizer.RereadAfterFirstLine();
        Assert.Equal(1, tokenizer.RawRow);
        Assert.True(tokenizer.Read());

        Assert.Equal(("2", "x", 2L), (tokenizer[0].ToString(), tokenizer[1].ToString(), tokenizer.RawRow));
    }

    [Fact]
    public void Read_QuotedLineBreakClosedProperly_NotSwallowed()
    {
        var tokenizer = new CsvTokenizer(new StringReader("1,\"two\nlines\"\n2,x\n"), ',');

        Assert.True(tokenizer.Read());

        Assert.False(tokenizer.SwallowedLines);
        Assert.Equal("two\nlines", tokenizer[1].ToString());
    }

    /// <summary>
    /// The loader's messages were written against CsvHelper 33's reading of odd input: on random text made of
    /// delimiters, quotes, line breaks and spaces, the tokenizer must read the same records, fields, lines and bad data
    /// (with a tiny buffer too, so records cross the buffer's end). The alphabet has no backslash: a backslash before a
    /// quote inside a quoted field may escape it, as MySQL writes it, where CsvHelper reads bad data.
    /// </summary>
    [Theory]
    [InlineData(1 << 16)]
    [InlineData(3)]
    public void Read_RandomOddText_ReadsWhatCsvHelperReads(int bufferSize)
    {
        const string alphabet = "ab,;\"\"\r\n \t";
        var random = new Random(16);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var delimiter = ",;\t"[random.Next(3)];

            var expected = CsvHelperRows(text, delimiter);
            var actual = Tokenize(text, delimiter, bufferSize);

            Assert.True(expected.Count == actual.Count && expected.Zip(actual).All(p => Same(p.First, p.Second)),
                $"[{Escaped(text)}] with '{Escaped(delimiter.ToString())}': CsvHelper {Describe(expected)}, tokenizer {Describe(actual)}");
        }
    }

    private static List<Row> CsvHelperRows(string text, char delimiter)
    {
        string? bad = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = args => bad ??= args.Field,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        var rows = new List<Row>();
        while (parser.Read())
        {
            bad = null;
            var fields = parser.Record ?? [];
            rows.Add(new Row(parser.RawRow, parser.RawRecord, fields, bad));
        }
        return rows;
    }

    private static bool Same(Row a, Row b) => a.RawRow == b.RawRow && a.Raw == b.Raw && a.Fields.SequenceEqual(b.Fields) && a.Bad == b.Bad;

    private static string Describe(List<Row> rows) =>
        string.Join(" ", rows.Select(r => $"{{line {r.RawRow} [{Escaped(r.Raw)}] {string.Join("|", r.Fields.Select(Escaped))} bad [{Escaped(r.Bad ?? "")}]}}"));

    private static string Escaped(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
