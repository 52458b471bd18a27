using System.Text;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>Turns requested sheet names into names Excel accepts: valid characters, at most 31 long, unique.</summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    public static IReadOnlyList<string> MakeUnique(IEnumerable<string> requested)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in requested)
        {
            var clean = Sanitise(name, result.Count + 1);
            var candidate = clean;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = Truncate(clean, MaxLength - suffix.Length).TrimEnd() + suffix;
            }
            result.Add(candidate);
        }
        return result;
    }

    /// <summary>Replaces <c>:\/?*[]</c> and control characters with '_', trims quotes and spaces, caps the length.</summary>
    public static string Sanitise(string? name, int position)
    {
        var builder = new StringBuilder(name?.Length ?? 0);
        foreach (var ch in name ?? "")
            builder.Append(ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(ch) ? '_' : ch);
        var clean = CellText.Sanitise(builder.ToString()).Trim().Trim('\'').Trim();
        if (clean.Length == 0) clean = $"Sheet{position}";
        if (clean.Equals("History", StringComparison.OrdinalIgnoreCase)) clean += "_"; // reserved by Excel
        return Truncate(clean, MaxLength).TrimEnd().TrimEnd('\'');
    }

    /// <summary>The name quoted for a formula: <c>'It''s'</c>.</summary>
    public static string Quote(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length) return text;
        if (char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length];
    }
}
