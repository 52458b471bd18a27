using System.Diagnostics;
using System.Globalization;
using System.Text;
using CollectionsInsight.Loading;
using CsvHelper;
using CsvHelper.Configuration;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// The CSV parsers the loader could use (its own tokenizer, CsvHelper, Sep, Sylvan): their raw speed on the four files of one data folder (every field
/// of every row visited as text, nothing validated), and what each makes of the quoting the loader must keep
/// (a stray inch mark read as written, a malformed quoted field rejected as one row, the rows after both kept).
/// </summary>
internal static class CsvReaders
{
    private static readonly string[] Files = ["customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv"];

    public static int Run(string folder)
    {
        var bytes = Files.Sum(f => new FileInfo(Path.Combine(folder, f)).Length);
        Console.WriteLine($"{folder}: {bytes / 1e6:N0} MB in four files, one thread, every field visited");
        // Once unmeasured, so that the file cache and the JIT are warm for all three.
        Measure("warm-up", CsvHelperFields, folder, bytes, print: false);
        Measure("CsvTokenizer (the loader's, spans)", TokenizerFields, folder, bytes);
        Measure("CsvHelper 33.0.1 (a string per field)", CsvHelperFields, folder, bytes);
        Measure("Sep 0.17.1 (spans)", SepFields, folder, bytes);
        Measure("Sylvan.Data.Csv 1.4.4 (spans)", SylvanFields, folder, bytes);
        Console.WriteLine();
        Console.WriteLine($"quoting: {QuotingCase.ReplaceLineEndings("\\n")}");
        Quoting("CsvTokenizer", TokenizerRows);
        Quoting("CsvHelper", CsvHelperRows);
        Quoting("Sep", SepRows);
        Quoting("Sylvan.Data.Csv", SylvanRows);
        return 0;
    }

    private const string QuotingCase = "id,name,x\n1,Polar 19\" Media GmbH,a\n2,\"ph\"one\",b\n3,Fine Ltd,c\n";

    private static void Quoting(string name, Func<string, IEnumerable<string>> rows)
    {
        try
        {
            Console.WriteLine($"{name,-16} {string.Join("  ", rows(QuotingCase).Select(r => $"[{r.ReplaceLineEndings("\\n")}]"))}");
        }
        catch (Exception e)
        {
            Console.WriteLine($"{name,-16} {e.GetType().Name}: {e.Message}");
        }
    }

    private static IEnumerable<string> TokenizerRows(string text)
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), ',');
        tokenizer.Read();
        while (tokenizer.Read())
            yield return string.Join(" | ", Enumerable.Range(0, tokenizer.FieldCount).Select(i => tokenizer[i].ToString()));
    }

    private static IEnumerable<string> CsvHelperRows(string text)
    {
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        parser.Read();
        while (parser.Read()) yield return string.Join(" | ", parser.Record!);
    }

    private static IEnumerable<string> SepRows(string text)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromText(text);
        var rows = new List<string>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
            rows.Add(string.Join(" | ", fields));
        }
        return rows;
    }

    private static IEnumerable<string> SylvanRows(string text)
    {
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = ',', HasHeaders = true });
        var rows = new List<string>();
        while (csv.Read())
            rows.Add(string.Join(" | ", Enumerable.Range(0, csv.RowFieldCount).Select(i => csv.GetString(i))));
        return rows;
    }

    private static void Measure(string name, Func<string, long> read, string folder, long bytes, bool print = true)
    {
        var start = Stopwatch.GetTimestamp();
        long chars = 0;
        foreach (var file in Files) chars += read(Path.Combine(folder, file));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (print) Console.WriteLine($"{name,-40} {seconds,6:0.00} s  {bytes / 1e6 / seconds,6:N0} MB/s  ({chars:N0} field chars)");
    }

    private static long TokenizerFields(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        var tokenizer = new CsvTokenizer(reader, ',');
        long chars = 0;
        while (tokenizer.Read())
            for (var i = 0; i < tokenizer.FieldCount; i++) chars += tokenizer[i].Length;
        return chars;
    }

    private static long CsvHelperFields(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        long chars = 0;
        while (parser.Read())
            foreach (var field in parser.Record!) chars += field.Length;
        return chars;
    }

    private static long SepFields(string path)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromFile(path);
        long chars = 0;
        foreach (var row in reader)
            for (var i = 0; i < row.ColCount; i++) chars += row[i].Span.Length;
        return chars;
    }

    private static long SylvanFields(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = ',', HasHeaders = true });
        long chars = 0;
        while (csv.Read())
            for (var i = 0; i < csv.RowFieldCount; i++) chars += csv.GetFieldSpan(i).Length;
        return chars;
    }
}
