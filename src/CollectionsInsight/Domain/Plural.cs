using System.Globalization;

namespace CollectionsInsight.Domain;

/// <summary>
/// Counts and lists in words, with the noun in the singular for exactly one: <c>1 customer</c>, <c>1,234 customers</c>,
/// <c>a.csv, b.csv and c.csv</c>.
/// </summary>
public static class Plural
{
    /// <summary>
    /// <paramref name="count"/> (thousands separated) and the noun: <paramref name="noun"/> for 1, else
    /// <paramref name="plural"/> (default: the noun with an s).
    /// </summary>
    public static string Count(long count, string noun, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {Noun(count, noun, plural)}";

    /// <summary>The noun alone, in the number <paramref name="count"/> asks for.</summary>
    public static string Noun(double count, string noun, string? plural = null) => count == 1 ? noun : plural ?? noun + "s";

    /// <summary>Names as a sentence lists them: <c>a.csv, b.csv and c.json</c>.</summary>
    public static string Listed(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
