using System.Globalization;

namespace CollectionsInsight.Loading;

/// <summary>
/// Fast parsing of the two shapes nearly every row uses, <c>yyyy-MM-dd</c> and <c>yyyy-MM-ddTHH:mm:ss</c>
/// (no offset): the general parsers cost more than the rest of a row. Anything else is left to them.
/// </summary>
internal static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A date-time without offset, read as written (offset zero, like the general parser's AssumeUniversal).</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 19 || text[10] is not ('T' or ' ') || text[13] != ':' || text[16] != ':'
            || !TryParse(text[..10], out var date)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.Zero);
        return true;
    }

    /// <summary>
    /// A date as a spreadsheet's serial number (days since 1899-12-30), which Excel writes into a CSV for a date cell
    /// formatted as a number: five digits, 1954-10-03 (20000) to 2119-01-11 (80000), where no other reading exists.
    /// </summary>
    public static bool TryParseSpreadsheetSerial(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 5 || !TryDigits(text, out var serial) || serial is < 20_000 or > 80_000) return false;
        date = SerialZero.AddDays(serial);
        return true;
    }

    /// <summary>
    /// A spreadsheet's serial date-time: the serial date (see <see cref="TryParseSpreadsheetSerial"/>) and the time as a
    /// fraction of the day (45658.375 is 2025-01-01 09:00), to the second, without an offset.
    /// </summary>
    public static bool TryParseSpreadsheetSerialTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        var point = text.IndexOf('.');
        if (point < 0 || !TryParseSpreadsheetSerial(text[..point], out var date)) return false;
        var fraction = text[point..];
        if (fraction.Length is < 2 or > 16 || fraction[1..].ContainsAnyExcept(Digits)) return false;
        var seconds = Math.Round(double.Parse(fraction, CultureInfo.InvariantCulture) * 86_400);
        value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds), TimeSpan.Zero);
        return true;
    }

    /// <summary>
    /// A Unix time, as APIs and CRM exports write it: seconds since 1970-01-01 UTC in ten digits (from 2001-09-09), or
    /// milliseconds in thirteen, where no other reading exists; the offset is UTC.
    /// </summary>
    public static bool TryParseUnixTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length is not (10 or 13) || text.ContainsAnyExcept(Digits)) return false;
        var number = long.Parse(text, CultureInfo.InvariantCulture);
        value = text.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
        return true;
    }

    /// <summary>
    /// A date-time as email headers and the CRMs that log emails write it (RFC 2822 / 1123): <c>Wed, 04 Dec 2024 10:22:00
    /// +0000</c>, <c>GMT</c> or <c>UTC</c> for the offset, the weekday and the seconds optional, the month in English.
    /// </summary>
    public static bool TryParseRfc2822(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        // Only a text with a month's name can be one: other forms skip the parse.
        if (text.Length < 17 || !text.ContainsAnyInRange('A', 'Z')) return false;
        return DateTimeOffset.TryParseExact(text, Rfc2822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static readonly string[] Rfc2822Formats =
    [
        .. from weekday in new[] { "ddd, ", "" }
           from time in new[] { "HH:mm:ss", "HH:mm" }
           from offset in new[] { "zzz", "'GMT'", "'UTC'" }
           select $"{weekday}d MMM yyyy {time} {offset}",
    ];

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
