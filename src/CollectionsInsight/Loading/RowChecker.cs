using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Parses and checks the fields of the current row of a <see cref="CsvTable"/>. Every problem becomes
/// an issue naming file, line, column and value; a row with any issue is rejected as a whole.
/// In strict mode the first issue throws.
/// </summary>
internal sealed class RowChecker(CsvTable table, IssueLog log, DateOnly asOf)
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private const int MaxTextLength = 10_000;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    public bool RowOk { get; private set; } = true;

    /// <summary>Starts checking the table's current row.</summary>
    public void Begin()
    {
        RowOk = true;
        if (table.BadData is { } bad)
            Fail("(row)", bad, "malformed quoting: a quote inside a field that is not escaped as \"\"");
        if (table.InvalidText is { } invalid)
            Fail(invalid.Column, invalid.Value, "bytes that are not UTF-8 text (shown as \uFFFD); if the file is in another encoding, give it with --encoding or the mapping's \"encoding\"");
        if (table.HasUnclosedQuote)
            Fail("(row)", "", $"unclosed quote: the field runs from line {table.Line} to line {table.LastLine}, so the lines in between were not read as rows");
    }

    public void Fail(int column, string value, string reason) => Fail(table.Columns[column].Name, value, reason);

    private void Fail(string column, string value, string reason)
    {
        RowOk = false;
        log.Add(new DataQualityIssue(table.File, table.Line, column, Clip(value), reason));
    }

    /// <summary>Text, trimmed; null when empty. A required empty value is an issue.</summary>
    public string? Text(int column)
    {
        var raw = table[column];
        if (raw is null && table.IsShort(column) && table.Columns[column].Required)
        {
            Fail(column, "", $"missing field: the row has {table.FieldCount} fields, fewer than the header");
            return null;
        }
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (table.Columns[column].Required) Fail(column, "", "required value is empty");
            return null;
        }
        if (value.Length > MaxTextLength)
        {
            Fail(column, value, $"value is {value.Length:N0} characters long; at most {MaxTextLength:N0} are accepted");
            return null;
        }
        return value;
    }

    /// <summary>A yyyy-MM-dd date; unless <paramref name="mayBeLater"/> (a due date), not after the as-of date.</summary>
    public DateOnly? Date(int column, bool mayBeLater = false)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!IsoDate.TryParse(text, out var date))
        {
            Fail(column, text, "not a date in the form yyyy-MM-dd");
            return null;
        }
        return CheckDate(column, text, date, mayBeLater) ? date : null;
    }

    public DateTimeOffset? DateTime(int column)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!IsoDate.TryParseDateTime(text, out var value)
            && !DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            Fail(column, text, "not an ISO 8601 date-time such as 2025-03-04T09:30:00 or 2025-03-04T09:30:00+01:00");
            return null;
        }
        return CheckDate(column, text, DateOnly.FromDateTime(value.DateTime)) ? value : null;
    }

    public decimal? Amount(int column, bool positive)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, table.Numbers, out var amount))
        {
            var point = table.Numbers.NumberDecimalSeparator;
            Fail(column, text, $"not a number in the form 1234{point}56 (no thousands separators, '{point}' for decimals)");
            return null;
        }
        if (Math.Abs(amount) > Guard.MaxAmount)
        {
            Fail(column, text, $"amount beyond {Guard.MaxAmount:N0} is not plausible");
            return null;
        }
        if (positive && amount <= 0)
        {
            Fail(column, text, "amount must be greater than zero");
            return null;
        }
        if (amount == 0)
        {
            Fail(column, text, "amount cannot be zero");
            return null;
        }
        return amount;
    }

    public int? Int(int column, int min, int max)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(column, text, $"not a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    public T? Word<T>(int column, TryParseWord<T> parse, string allowed) where T : struct
    {
        var text = Text(column);
        if (text is null) return null;
        if (!parse(text, out var value))
        {
            Fail(column, text, $"unknown word; expected one of {allowed}");
            return null;
        }
        return value;
    }

    private bool CheckDate(int column, string text, DateOnly date, bool mayBeLater = false)
    {
        if (date < Earliest)
        {
            Fail(column, text, $"date before {Earliest:yyyy-MM-dd} is not plausible");
            return false;
        }
        if (date > asOf && !mayBeLater)
        {
            Fail(column, text, $"date is after the as-of date {asOf:yyyy-MM-dd}");
            return false;
        }
        return true;
    }

    private static string Clip(string value) => value.Length <= 80 ? value : value[..77] + "...";
}

internal delegate bool TryParseWord<T>(string word, out T value);

/// <summary>Collects issues: lists the first ones, counts all, and throws on the first in strict mode.</summary>
internal sealed class IssueLog(bool strict, int maxListed)
{
    private readonly List<DataQualityIssue> _listed = [];
    private readonly Dictionary<(string File, string Reason), long> _counts = [];

    public IReadOnlyList<DataQualityIssue> Listed => _listed;

    public IReadOnlyList<IssueCount> Counts =>
        _counts.Select(c => new IssueCount(c.Key.File, c.Key.Reason, c.Value)).ToArray();

    public void Add(DataQualityIssue issue)
    {
        if (strict)
            throw new DataLoadException($"{issue} (strict mode stops at the first issue)", issue);
        if (_listed.Count < maxListed) _listed.Add(issue);
        var key = (issue.File, CountingReason(issue.Reason));
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    // Reasons that quote a value ("... belongs to customer 'C1'") are counted under their general form.
    private static string CountingReason(string reason)
    {
        var quote = reason.IndexOf('\'');
        return quote < 0 ? reason : reason[..quote].TrimEnd();
    }
}
