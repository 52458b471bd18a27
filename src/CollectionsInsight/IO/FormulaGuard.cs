namespace CollectionsInsight.IO;

/// <summary>
/// Keeps untrusted text from becoming a formula in a spreadsheet. In a CSV file a value that starts with
/// <c>= + - @</c> (or a tab or carriage return, which Excel strips before them) gets a leading
/// apostrophe, the convention spreadsheet programs show as literal text. Numbers are written as
/// numbers by the writers, so a negative amount never passes through here. In an xlsx a string cell is
/// never a formula, so the text stays as it is and the cell is marked as typed text instead.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The text with an apostrophe in front when a spreadsheet would read it as a formula; null becomes empty.</summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        return LooksLikeFormula(text) ? "'" + text : text;
    }

    /// <summary>True when a spreadsheet program would read the text, typed into a cell, as a formula.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
