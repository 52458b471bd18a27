using System.Text;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Makes text safe to store in a cell: only XML-legal characters, within Excel's length limit. It is always
/// written as a string cell, which is never a formula; formula-like text is marked as typed text by its style.
/// </summary>
internal static class CellText
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>Removes characters XML cannot carry and truncates to <see cref="MaxLength"/>.</summary>
    public static string ForCell(string? text)
    {
        var safe = Sanitise(text ?? "");
        if (safe.Length > MaxLength)
            safe = safe[..(char.IsHighSurrogate(safe[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        return safe;
    }

    /// <summary>Drops control characters other than tab, CR and LF, and replaces lone surrogates with U+FFFD.</summary>
    public static string Sanitise(string text)
    {
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else if (ch >= 0x20 || ch is '\t' or '\n' or '\r')
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }

    public static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));

    private static bool IsClean(string text)
    {
        foreach (var ch in text)
            if (ch < 0x20 && ch is not ('\t' or '\n' or '\r') || char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
                return false;
        return true;
    }
}
