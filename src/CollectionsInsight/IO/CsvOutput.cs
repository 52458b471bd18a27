using System.Globalization;

namespace CollectionsInsight.IO;

/// <summary>
/// Writes result tables as RFC 4180 CSV (UTF-8, header row, invariant culture, fixed-decimal numbers, ISO dates), atomically,
/// with every text cell passed through <see cref="FormulaGuard"/>.
/// </summary>
public static class CsvOutput
{
    /// <summary>Writes <paramref name="rows"/> under <paramref name="header"/>; each row's cells are strings, numbers, dates, booleans or null.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        AtomicOutput.WriteText(path, writer =>
        {
            var csv = new CsvWriter(writer);
            csv.Record(header);
            foreach (var row in rows)
            {
                if (row.Count != header.Count)
                    throw new ArgumentException($"a row has {row.Count} cells but the header has {header.Count}");
                foreach (var cell in row) WriteCell(csv, cell);
                csv.EndRecord();
            }
        });

    /// <summary>
    /// Writes one cell as <see cref="Format"/> gives it: whole numbers, amounts and dates straight to the writer, since a
    /// file can hold millions of cells (invoice_outcomes.csv).
    /// </summary>
    private static void WriteCell(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case int i: csv.Value(i); break;
            case long l: csv.Value(l); break;
            case decimal m: csv.Value(m); break;
            case DateOnly d: csv.Value(d, "yyyy-MM-dd"); break;
            default: csv.Formatted(Format(value)); break;
        }
    }

    /// <summary>One cell as CSV text: numbers in fixed decimals in the invariant culture, text neutralised and quoted when needed.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "",
        string s => CsvWriter.Quote(FormulaGuard.Neutralise(s)),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => Fixed(x, "0.###############"),
        float f => Fixed(f, "0.#######"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvWriter.Quote(FormulaGuard.Neutralise(value.ToString())),
    };

    /// <summary>
    /// A number in fixed decimals, never 1E-06 (which scripts and spreadsheets may not read as a number): up to
    /// 15 decimals for a double (more than a probability, a day count or money needs, and without binary noise
    /// such as 0.30000000000000004), 7 for a float.
    /// </summary>
    private static string Fixed(double value, string format)
    {
        if (!double.IsFinite(value)) return "";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
