using System.Globalization;
using System.Text.RegularExpressions;

namespace CollectionsInsight.Loading;

/// <summary>
/// Amounts as spreadsheets write them into a CSV when their cells are formatted: thousands in groups of three
/// (<c>1,234.56</c>, <c>1.234,56</c>, <c>1 234,56</c>, <c>1'234.56</c>), a currency symbol or code before or after
/// (<c>$1,234.56</c>, <c>1.234,56 €</c>, <c>EUR 1.234,56</c>), and one sign: a minus (or U+2212 −) before, an accountant's
/// parentheses (<c>(1,234.56)</c>) or a trailing minus, as SAP writes credits (<c>1.234,56-</c>). None of these can be
/// misread once the decimal separator is known; anything else, two signs included, is not an amount.
/// </summary>
internal static partial class WrittenAmount
{
    public static bool TryParse(ReadOnlySpan<char> text, char point, out decimal amount)
    {
        amount = 0;
        var signs = 0;
        text = text.Trim();
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            signs++;
            text = text[1..^1].Trim();
        }
        if (TakeSign(ref text)) signs++;
        text = WithoutCurrency(text);
        if (TakeSign(ref text)) signs++;
        if (text.Length > 1 && text[^1] is '-' or Minus)
        {
            signs++;
            text = text[..^1].TrimEnd();
        }
        if (signs > 1) return false;
        var match = Grouped().Match(text.ToString());
        if (!match.Success || match.Groups["group"].Value == point.ToString()) return false;
        var fraction = match.Groups["fraction"];
        if (fraction.Success && fraction.Value[0] != point) return false;
        var whole = match.Groups["group"] is { Success: true } group ? match.Groups["whole"].Value.Replace(group.Value, "") : match.Groups["whole"].Value;
        var digits = whole + (fraction.Success ? "." + fraction.Value[1..] : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)) return false;
        if (signs == 1) amount = -amount;
        return true;
    }

    // The minus sign of typesetting, which Excel writes for negative numbers in some locales (Swedish, Finnish).
    private const char Minus = '\u2212';

    private static bool TakeSign(ref ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] is not ('-' or Minus)) return false;
        text = text[1..].TrimStart();
        return true;
    }

    private static ReadOnlySpan<char> WithoutCurrency(ReadOnlySpan<char> text)
    {
        if (text.Length > 1 && char.GetUnicodeCategory(text[0]) == UnicodeCategory.CurrencySymbol) return text[1..].TrimStart();
        if (text.Length > 1 && char.GetUnicodeCategory(text[^1]) == UnicodeCategory.CurrencySymbol) return text[..^1].TrimEnd();
        // An ISO 4217 code, set off by a space: EUR 12.50, 12.50 EUR.
        if (text.Length > 4 && IsCode(text[..3]) && text[3] == ' ') return text[4..].TrimStart();
        if (text.Length > 4 && IsCode(text[^3..]) && text[^4] == ' ') return text[..^4].TrimEnd();
        return text;
    }

    private static bool IsCode(ReadOnlySpan<char> letters) => !letters.ContainsAnyExceptInRange('A', 'Z');

    // Whole part in groups of three, one separator throughout; then the decimals, if any.
    [GeneratedRegex(@"^(?<whole>[1-9]\d{0,2}(?<group>[,. '\u00A0\u202F])\d{3}(?:\k<group>\d{3})*|\d+)(?<fraction>[.,]\d+)?$")]
    private static partial Regex Grouped();
}
