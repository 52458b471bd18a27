namespace CollectionsInsight.Export;

/// <summary>
/// Keeps untrusted text from becoming a formula in a spreadsheet: a value that starts with
/// <c>= + - @</c> (or a tab or carriage return, which Excel strips before them) gets a leading
/// apostrophe, the convention spreadsheet programs show as literal text. Numbers are written as
/// numbers by the writers, so a negative amount never passes through here.
/// </summary>
public static class FormulaGuard
{
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
