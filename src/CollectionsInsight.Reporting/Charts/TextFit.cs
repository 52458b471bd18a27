using System.Globalization;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// Text width without font metrics: every character (text element, so emoji and accents count once) is
/// taken as 0.6 em, which is generous for the sans-serif fonts viewers have, so labels err towards fitting.
/// </summary>
internal static class TextFit
{
    public const double EmPerCharacter = 0.6;
    public const string Ellipsis = "\u2026";

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Width(string text, double fontSize) =>
        StringInfo.ParseCombiningCharacters(text).Length * fontSize * EmPerCharacter;

    /// <summary><paramref name="text"/> if it fits in <paramref name="maxWidth"/>, else its start and an ellipsis.</summary>
    public static string Fit(string text, double maxWidth, double fontSize)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        var room = (int)Math.Floor(maxWidth / (fontSize * EmPerCharacter));
        if (starts.Length <= room) return text;
        if (room <= 1) return Ellipsis;
        return text[..starts[room - 1]].TrimEnd() + Ellipsis;
    }
}
