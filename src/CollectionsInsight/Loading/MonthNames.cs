using System.Text.RegularExpressions;

namespace CollectionsInsight.Loading;

/// <summary>
/// Month names as European exports write them, day first: in English, German, Dutch, French, Spanish, Italian or
/// Portuguese, in full or abbreviated, with or without a point (29 Okt 2024, 29. Oktober 2024, 29 oct. 2024,
/// 29-mrt-2024, 29 Sept 2024). The tool runs culture-invariant, which reads only English names without points, so such
/// a date is rewritten with the month's English abbreviation (29 Oct 2024) and read with MMM.
/// </summary>
internal static class MonthNames
{
    // Each month's names, lower case, accented and not (exports in a legacy encoding or typed by hand drop accents).
    private static readonly string[][] Names =
    [
        ["jan", "january", "januar", "jän", "jänner", "januari", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro"],
        ["feb", "february", "februar", "februari", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "febbraio", "fevereiro"],
        ["mar", "march", "märz", "maerz", "mär", "mrz", "maart", "mrt", "mars", "marzo", "março", "marco"],
        ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
        ["may", "mai", "mei", "mayo", "maggio", "mag", "maio"],
        ["jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho"],
        ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
        ["aug", "august", "augustus", "août", "aout", "agosto", "ago"],
        ["sep", "september", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"],
        ["oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
        ["nov", "november", "novembre", "noviembre", "novembro"],
        ["dec", "december", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
    ];

    private static readonly string[] English = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months =
        Names.SelectMany((names, month) => names.Select(name => (name, month)))
            .ToDictionary(n => n.name, n => n.month, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // English as the invariant culture reads it: the abbreviation or the full name, without a point.
    private static readonly HashSet<string> InvariantNames = new(
        ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", .. English],
        StringComparer.OrdinalIgnoreCase);

    // A day (with a point, as German writes it), a space or hyphen, the month's name (with a point, as abbreviations
    // are written) and the same separator again, before the year.
    private static readonly Regex DayFirst = new(@"^(?<day>\d{1,2})\.?(?<separator>[ -])(?<name>\p{L}{3,10})\.?\k<separator>(?=\d)",
        RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="name"/> is a month's name or abbreviation in one of the languages.</summary>
    public static bool IsMonth(ReadOnlySpan<char> name) => Months.ContainsKey(name);

    /// <summary>Whether <paramref name="name"/> is a month's English name or abbreviation, as the invariant culture reads it.</summary>
    public static bool IsInvariant(string name) => InvariantNames.Contains(name);

    /// <summary>
    /// A date written day first with a month's name, with its day and month as the invariant culture reads them with
    /// d MMM (29 Oct 2024 10:22 for 29. Okt. 2024 10:22); null where the text does not start so.
    /// </summary>
    public static string? InEnglish(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiDigit(text[0])) return null;
        var value = text.ToString();
        var written = DayFirst.Match(value);
        if (!written.Success || !Months.TryGetValue(written.Groups["name"].ValueSpan, out var month)) return null;
        var separator = written.Groups["separator"].Value;
        return $"{written.Groups["day"].Value}{separator}{English[month]}{separator}{value[written.Length..]}";
    }
}
