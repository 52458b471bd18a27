using System.Globalization;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Parses and checks the fields of the current row of a <see cref="CsvTable"/>. Every problem becomes
/// an issue naming file, line, column and value. A problem in a required column is an error and rejects
/// the row; one in an optional column is a warning: the value is treated as missing and the row kept.
/// In strict mode the first issue of either kind throws.
/// </summary>
internal sealed class RowChecker(CsvTable table, IssueLog log, DateOnly asOf)
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private const int MaxTextLength = 10_000;

    private static readonly string[] IsoDateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        // Databases write a space, fractions of a second and an offset in hours: SQL Server's 2025-03-04 09:30:00.000,
        // PostgreSQL's 2025-03-04 09:30:00.123456+01.
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:sszz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzz",
        // SQL Server's datetimeoffset as text: 2025-03-04 09:30:00.0000000 +01:00; BigQuery's timestamps: 2025-03-04 09:30:00 UTC.
        "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm:ss.FFFFFFF K", "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss.FFFFFFF 'UTC'",
        "yyyy-MM-dd HH:mm:ss 'GMT'", "yyyy-MM-dd HH:mm:ss.FFFFFFF 'GMT'",
        // Year first is never ambiguous: unpadded (2025-3-4), with slashes (2025/03/04) or points (2025.03.04, one of
        // SAP's date formats) and ISO 8601's basic form (20250304, or 20250304.0 where pandas read it as a number), as some systems export.
        "yyyyMMdd", "yyyyMMdd'.0'", "yyyy-M-d", "yyyy/M/d", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d'T'H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss",
        "yyyy.M.d", "yyyy.M.d H:mm", "yyyy.M.d H:mm:ss",
    ];

    // ISO 8601, and the mapping's date format alone or followed by a time (24-hour, or 12-hour as US exports write it).
    private readonly string[] _dateTimeFormats = table.DateFormat is { } date ? [.. IsoDateTimeFormats, .. LocalFormats(date)] : IsoDateTimeFormats;

    private static string[] LocalFormats(string date) =>
        [date, date + " H:mm", date + " H:mm:ss", date + " H:mmK", date + " H:mm:ssK", date + " h:mm tt", date + " h:mm:ss tt"];

    // The date format with day and month the other way round (MM/dd/yyyy for dd/MM/yyyy), to tell which order a file uses.
    private readonly string[]? _swappedFormats = Swapped(table.DateFormat) is { } swapped ? LocalFormats(swapped) : null;
    private string? SwappedFormat => _swappedFormats?[0];
    private long _fitOnlyGiven, _fitOnlySwapped;
    private string? _swappedExample;

    private static string? Swapped(string? format) =>
        format is null || !format.Contains('d') || !format.Contains('M') || format.Contains("MMM") || format.Contains("ddd")
            ? null
            : string.Concat(format.Select(c => c switch { 'd' => 'M', 'M' => 'd', _ => c }));

    // Where the format names the month (MMM), a date whose month is written in another language or with a point
    // (29. Okt. 2024) is read as MonthNames rewrites it (29 Oct 2024), day first, with the format's width of year.
    private readonly string[]? _rewrittenFormats = table.DateFormat is { } named && named.Contains("MMM")
        ? [.. LocalFormats(named.Contains("yyyy") ? "d MMM yyyy" : "d MMM yy"), .. LocalFormats(named.Contains("yyyy") ? "d-MMM-yyyy" : "d-MMM-yy")]
        : null;

    private readonly string _dateForm = table.DateFormat is { } format ? $"yyyy-MM-dd or {format}" : "yyyy-MM-dd";

    // A comma before the last one or two digits, and no point after it: 1234,56, 1.234,56 €, (150,5). Only a decimal
    // comma is written so (three digits could be a thousands group), so it is read as one where the mapping names none.
    private static readonly Regex DecimalComma = new(@",\d{1,2}(?!\d)[^\d.,]*$");

    // Terms as written on invoices: the net days, after any early-payment discount (2/10 Net 30, 2% 10 Net 30, Netto 30),
    // the days in the languages of a European book's invoices (30 dagen, 30 Tage netto, zahlbar innerhalb 14 Tagen,
    // à 45 jours), or payment on receipt (sofort, comptant). End-of-month terms (Net 30 EOM, 30 jours fin de mois: due
    // 30 days after the invoice's month ends) are read as their days: the invoice's own due date carries the month's end.
    private const string DayWords = @"(?:days?|dagen|tage|tagen|jours|d[ií]as|giorni)";

    private const string EndOfMonth = @"(?:eom|e\.o\.m\.?|(?:after\s+)?end\s+of\s+(?:the\s+)?month|fin\s+de\s+mois|monatsende|einde\s+maand|fin\s+de\s+mes|fine\s+mese|fim\s+do\s+m[êe]s)";

    private static readonly Regex WrittenDays = new(
        @"^(?:.*\s)?(?:net|netto|n)\s*(?<days>\d{1,4})(?:\s*" + DayWords + @")?(?:\s*" + EndOfMonth + ")?$"
        + @"|^(?:(?:zahlbar\s+)?innerhalb(?:\s+von)?\s+|binnen\s+|within\s+|à\s+|a\s+)?(?<days>\d{1,4})\s*"
        + @"(?:(?:" + DayWords + @"|d)(?:\s*(?:net|netto|nett))?(?:\s*" + EndOfMonth + ")?|" + EndOfMonth + ")$"
        + @"|^(?<receipt>(?:due\s+)?(?:on|upon)\s+receipt|cod|cash\s+on\s+delivery|immediate(?:ly)?|sofort(?:\s+fällig)?|direct|contant|comptant"
        + @"|(?:à|a)\s+réception|bij\s+ontvangst|(?:al\s+)?contado|rimessa\s+diretta|(?:à|a)\s+vista)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A point followed by three digits, alone: 1.234 is a thousand and more where the comma is the decimal separator.
    private static readonly Regex ThousandsPoint = new(@"^-?\d{1,3}\.\d{3}$");

    // Dates written day, month and year with dots or slashes: most likely an export's own format, which the mapping can name.
    private static readonly Regex LocalDate = new(@"^\d{1,2}[./-]\d{1,2}[./-]\d{4}( |$)");

    // Dates written day, month's abbreviation or name and year, as Oracle and SAP export them (29-OCT-2024, 29 October
    // 2024), or month first, as US reports do (Oct 29, 2024).
    private static readonly Regex MonthNameDate = new(
        @"^(\d{1,2}(?<separator>[ ./-])(?<month>[A-Za-z]{3,9})\k<separator>\d{4}|(?<month>[A-Za-z]{3,9}) \d{1,2}(?<comma>,)? \d{4})( |$)");

    // Either of the above with a two-digit year (29-OCT-24, 05/01/25).
    private static readonly Regex TwoDigitYear = new(@"^\d{1,2}[ ./-](\d{1,2}|[A-Za-z]{3})[ ./-]\d{2}( |$)");

    public bool RowOk { get; private set; } = true;

    /// <summary>The line of every kept row, in file order, for issues found once all rows are read.</summary>
    public List<long> KeptLines { get; } = new(table.EstimatedRows);

    public void Keep() => KeptLines.Add(table.Line);

    public string File => table.File;

    /// <summary>Starts checking the table's current row.</summary>
    public void Begin()
    {
        RowOk = true;
        RowIssue = null;
        _ownError = false;
        _repeatsKeptRow = false;
        _misshapen = false;
        if (table.HasUnclosedQuote)
        {
            RejectShape(FirstLineClipped(table.BadData ?? ""), "unclosed quote: a quoted value that starts on this line is never closed, or goes on after its closing quote; the row is rejected and the lines after it are read as rows");
            return;
        }
        if (table.BadData is { } bad)
            StrayQuote(bad);
        if (table.RepeatsHeader)
            RejectShape(table.FirstField.ToString(), "the header row again, as where exports are joined into one file; not a record");
        else if (IsTotalsRow())
            RejectShape(table.FirstField.ToString(), "a totals row, not a record");
        else if (table.LoneValue is { } heading && RequiredValueEmpty())
            RejectShape(Clip(heading), "a heading of a group of rows: one value, every other field empty; not a record");
        else if (table.SurplusValue is { } surplus)
            RejectShape(surplus, $"more fields than the {table.HeaderWidth} columns of the header: a delimiter inside a value that is "
                + "not quoted, or values without a column; rejected rather than read with its values shifted");
    }

    private void RejectShape(string value, string reason)
    {
        Reject("(row)", value, reason);
        _misshapen = true;
    }

    /// <summary>The current row was rejected for its shape (an unclosed quote, a repeated header, a totals row, more fields than the header).</summary>
    private bool _misshapen;

    // Exports from reports end with a row such as "Total,,,,123456.00", and close each group of rows with one such as
    // "Total Acme Ltd,,,,7000.00": a label in the first field, a required value empty.
    private static readonly Regex TotalsLabel = new(@"^(grand |sub)?((totals?|sum)\s*:?|totals?\s.*)$", RegexOptions.IgnoreCase);

    // Runs on every row: the first letter rules out nearly all before the pattern is tried.
    private bool IsTotalsRow() => table.FirstField is { Length: >= 3 } first && (first[0] | 0x20) is 'g' or 's' or 't'
        && TotalsLabel.IsMatch(first) && RequiredValueEmpty();

    private bool RequiredValueEmpty() => table.Columns.Any(c => c.Required && table.Value(c).IsEmpty && table.HeaderOf(c) is not null);

    // A quote inside an unquoted field (Polar 19" Media GmbH) cannot have split the row: the value is read
    // as written. A field that opens a quote and goes on after closing it ("ph"one") is ambiguous.
    private void StrayQuote(string bad)
    {
        if (CsvTable.IsTextFormula(bad)) return;
        if (bad.StartsWith('"'))
        {
            Reject("(row)", bad, "malformed quoting: a quote inside a field that is not escaped as \"\"");
            return;
        }
        foreach (var column in table.Columns)
        {
            if (!table[column].SequenceEqual(bad)) continue;
            log.Add(new DataQualityIssue(table.File, table.Line, column.Name, Clip(bad),
                "a quote inside an unquoted field; read as written", IssueSeverity.Warning));
            return;
        }
    }

    /// <summary>
    /// Reports an unusable value: an error that rejects the row when the column is required, otherwise a
    /// warning (the caller treats the value as missing).
    /// </summary>
    public void Fail(ContractColumn column, string value, string reason)
    {
        // A row cut short at an unclosed quote, or one with more fields than the header, is rejected once for that;
        // its fields are not checked one by one.
        if (_misshapen) return;
        if (column.Required) Reject(column, value, reason);
        else if (!_repeatsKeptRow) Warn(column, value, reason + "; treated as missing");
    }

    /// <summary>
    /// The current row repeats a customer or an invoice that a flat export's earlier row gave: its optional values are still read,
    /// to be compared with that row's, but their warnings were given on that row.
    /// </summary>
    public void RepeatsKeptRow() => _repeatsKeptRow = true;

    private bool _repeatsKeptRow;

    /// <summary>Reports a warning that keeps the row and its value.</summary>
    public void Warn(ContractColumn column, string value, string reason) =>
        log.Add(new DataQualityIssue(table.File, table.Line, column.Name, Clip(value), reason, IssueSeverity.Warning));

    /// <summary>Reports an error that rejects the row whatever the column: a duplicate id or an unusable reference.</summary>
    public void Reject(ContractColumn column, string value, string reason) => Reject(column.Name, value, reason);

    private void Reject(string column, string value, string reason, bool forReference = false)
    {
        // A row rejected for its shape is rejected once: what its shifted or swallowed values would say is noise.
        if (_misshapen) return;
        var issue = new DataQualityIssue(table.File, table.Line, column, Clip(value), reason);
        RowIssue ??= issue;
        RowOk = false;
        if (!forReference && !_ownError)
        {
            _ownError = true;
            RowsWithOwnErrors++;
        }
        log.Add(issue);
    }

    /// <summary>
    /// Rejects the row for naming a customer or invoice that the file it belongs in does not hold. This reason and
    /// <see cref="RejectWithParent"/>'s are told apart by their words in <see cref="DataQualityReport.RequireRowsKept"/>.
    /// </summary>
    public void RejectUnknown(ContractColumn column, string id, string file) =>
        Reject(column.Name, id, $"unknown {column.Name} (not in {file}){ScientificNotationHint(id)}", forReference: true);

    /// <summary>Keeps the row with a reference read as <paramref name="similar"/>, the id of <paramref name="file"/> it is written another way.</summary>
    public void WarnReadAsSimilar(ContractColumn column, string id, string file, string similar) =>
        Warn(column, id, $"not in {file} as written; read as the same id {SimilarIds.Difference(id, similar)}, '{similar}'");

    /// <summary>Rejects the row for an id an earlier row of the file has.</summary>
    public void RejectDuplicate(ContractColumn column, string id) =>
        Reject(column, id, $"duplicate {column.Name}; the first row with this id is kept{ScientificNotationHint(id)}");

    // A spreadsheet shows a long numeric id as 1.23457E+11 and saves it so: the digits after the sixth are lost, and
    // different ids become one.
    private static readonly Regex ScientificNotation = new(@"^\d(\.\d+)?E\+\d+$", RegexOptions.IgnoreCase);

    private static string ScientificNotationHint(string id) => ScientificNotation.IsMatch(id)
        ? "; the id is a number in a spreadsheet's scientific notation, which has lost its last digits: export the ids as text"
        : "";

    /// <summary>Rows rejected for an error of their own, not only for naming a customer or invoice that is missing.</summary>
    public long RowsWithOwnErrors { get; private set; }

    private bool _ownError;

    /// <summary>The root cause of the current row's rejection: named by the rows that reference this one.</summary>
    public DataQualityIssue? RowIssue { get; private set; }

    /// <summary>
    /// Rejects the row because the customer or invoice it references was rejected, naming that row's root cause
    /// (counted as "rejected with its customer" or "... invoice").
    /// </summary>
    public void RejectWithParent(ContractColumn column, string id, DataQualityIssue root)
    {
        var parent = column.Name.Replace("_id", "");
        RowIssue ??= root;
        Reject(column.Name, id, $"rejected with its {parent} '{id}': {root}", forReference: true);
    }

    /// <summary>Text, trimmed (<see cref="CsvTable.Value"/>); null when empty. A required empty value is an issue.</summary>
    public string? Text(ContractColumn column) => Field(column) is { IsEmpty: false } value ? value.ToString() : null;

    /// <summary>
    /// <see cref="Text"/> without making a string: the trimmed value, valid until the next row; empty where
    /// <see cref="Text"/> is null.
    /// </summary>
    public ReadOnlySpan<char> Field(ContractColumn column)
    {
        if (table.IsShort(column) && column.Required)
        {
            Fail(column, "", $"missing field: fewer fields than the {table.HeaderWidth} columns of the header");
            return default;
        }
        var value = table.Value(column);
        if (value.IsEmpty)
        {
            // Shown as written where it is a word for no value, such as NULL.
            if (column.Required) Fail(column, table[column].Trim().ToString(), "required value is empty");
            return default;
        }
        if (value.Length > MaxTextLength)
        {
            Fail(column, value.ToString(), $"value is longer than the {MaxTextLength:N0} characters accepted");
            return default;
        }
        if (table.MetInvalidBytes && value.Contains('\uFFFD'))
        {
            // Only the damaged value is lost: a required one rejects its row, an optional one (a name) is missing.
            Fail(column, value.ToString(), "bytes that are not UTF-8 text (shown as \uFFFD); if the file is in another encoding, give it with --encoding or \"encoding\" in the mapping file");
            return default;
        }
        return value;
    }

    /// <summary>
    /// A yyyy-MM-dd date (or in the mapping's date format; a date-time gives its date, as exports of spreadsheets
    /// write 2025-03-04 00:00:00); unless <paramref name="mayBeLater"/> (a due date), not after the as-of date.
    /// </summary>
    public DateOnly? Date(ContractColumn column, bool mayBeLater = false)
    {
        var text = Field(column);
        if (text.IsEmpty) return null;
        if (IsoDate.TryParse(text, out var date) || IsoDate.TryParseSpreadsheetSerial(text, out date))
            return CheckDate(column, text, date, mayBeLater) ? date : null;
        if (!TryParseDateTime(text, out var value))
        {
            Fail(column, text.ToString(), $"not a date in the form {_dateForm}{DateFormatHint(text)}");
            return null;
        }
        date = DateOnly.FromDateTime(value.DateTime);
        return CheckDate(column, text, date, mayBeLater) ? date : null;
    }

    public DateTimeOffset? DateTime(ContractColumn column)
    {
        var text = Field(column);
        if (text.IsEmpty) return null;
        if (!TryParseDateTime(text, out var value))
        {
            var form = table.DateFormat is { } format ? $" or {format} HH:mm:ss" : "";
            Fail(column, text.ToString(), $"not an ISO 8601 date-time such as 2025-03-04T09:30:00 or 2025-03-04T09:30:00+01:00{form}{DateFormatHint(text)}");
            return null;
        }
        return CheckDate(column, text, DateOnly.FromDateTime(value.DateTime)) ? value : null;
    }

    private bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        if (IsoDate.TryParseDateTime(text, out value) || IsoDate.TryParseSpreadsheetSerialTime(text, out value) || IsoDate.TryParseUnixTime(text, out value))
            return true;
        var parsed = DateTimeOffset.TryParseExact(text, _dateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            || (_rewrittenFormats is not null && MonthNames.InEnglish(text) is { } english
                && DateTimeOffset.TryParseExact(english, _rewrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value));
        if (_swappedFormats is not null && LocalDate.IsMatch(text))
        {
            var swapped = DateTimeOffset.TryParseExact(text, _swappedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
            if (parsed && !swapped) _fitOnlyGiven++;
            else if (!parsed && swapped)
            {
                _fitOnlySwapped++;
                _swappedExample ??= text.ToString();
            }
        }
        // Email-header date-times last: a file in its own format reads its dates without trying those first.
        return parsed || IsoDate.TryParseRfc2822(text, out value);
    }

    /// <summary>Takes in what the checker of a split file's second half found, as if this one had checked its rows too.</summary>
    public void Absorb(RowChecker rest)
    {
        KeptLines.AddRange(rest.KeptLines);
        RowsWithOwnErrors += rest.RowsWithOwnErrors;
        (_fitOnlyGiven, _fitOnlySwapped) = (_fitOnlyGiven + rest._fitOnlyGiven, _fitOnlySwapped + rest._fitOnlySwapped);
        _swappedExample ??= rest._swappedExample;
    }

    /// <summary>
    /// Refuses the file where its dates are written with day and month the other way round from the date format given:
    /// at least two dates fit only the other order and none only the given one. Read on, every date whose day is 12 or
    /// less would be kept with day and month swapped, and only the others rejected.
    /// </summary>
    /// <exception cref="DataLoadException">Naming the file, an example and the format to give.</exception>
    public void RequireDateOrder()
    {
        if (_fitOnlySwapped < 2 || _fitOnlyGiven > 0) return;
        throw new DataLoadException($"{table.File}: the dates are written {SwappedFormat}, not {table.DateFormat} as given: "
            + $"{_fitOnlySwapped:N0} dates such as '{_swappedExample}' fit only {SwappedFormat} and none only {table.DateFormat}, so "
            + $"dates whose day is 12 or less would be read with day and month swapped; give --date-format {SwappedFormat} "
            + "(or \"date_format\" in the mapping file)");
    }

    /// <summary>For a date that was not read, the format to give where the value shows one; empty where it shows none.</summary>
    private string DateFormatHint(ReadOnlySpan<char> text)
    {
        var format = table.DateFormat;
        var fourDigitYear = format?.Contains("yyyy") != false;
        if (format is not null && fourDigitYear && TwoDigitYear.IsMatch(text))
            return "; the year has two digits: give the date format with yy (read as 1950 to 2049)";
        if (!fourDigitYear && (LocalDate.IsMatch(text) || MonthNameDate.IsMatch(text)))
            return "; the year has four digits: give the date format with yyyy";
        if (MonthNameDate.Match(MonthNames.InEnglish(text) ?? text.ToString()) is { Success: true } named && format?.Contains("MMM") != true)
        {
            var (separator, month) = (named.Groups["separator"].Value, named.Groups["month"].Value.Length > 3 ? "MMMM" : "MMM");
            var suggested = named.Groups["separator"].Success ? $"d{separator}{month}{separator}yyyy"
                : named.Groups["comma"].Success ? $"\"{month} d, yyyy\"" : $"\"{month} d yyyy\"";
            return $"; if the export writes dates this way, name the format with --date-format {suggested} or \"date_format\" in the mapping file";
        }
        if (format is not null)
            return LocalDate.IsMatch(text) ? $"; read with the date format {format}: if this export writes day and month the other way round, give the format that way" : "";
        return LocalDate.IsMatch(text) || TwoDigitYear.IsMatch(text)
            ? "; if the export writes dates this way, name the format with --date-format or \"date_format\" in the mapping file (dd.MM.yyyy, MM/dd/yyyy, dd-MMM-yy, ...)"
            : "";
    }

    /// <summary>A non-zero amount (a negative invoice is a credit note); <paramref name="positive"/> also refuses negatives.</summary>
    public decimal? Amount(ContractColumn column, bool positive)
    {
        if (Number(column) is not { } amount) return null;
        if (positive && amount <= 0)
        {
            Fail(column, Written(column), "amount must be greater than zero");
            return null;
        }
        if (amount == 0)
        {
            Fail(column, Written(column), "amount cannot be zero");
            return null;
        }
        return amount;
    }

    /// <summary>
    /// A payment received, in a file that writes them as negative amounts (a ledger's credits to the customer's account):
    /// the amount without its sign. A positive amount there is money paid out, a refund or a reversal, not a receipt.
    /// </summary>
    public decimal? Receipt(ContractColumn column)
    {
        if (Amount(column, positive: false) is not { } amount) return null;
        if (amount < 0) return -amount;
        Fail(column, Written(column), "a positive amount in a file that writes payments received as negative amounts: "
            + "money paid out (a refund or a reversal), not a payment received");
        return null;
    }

    /// <summary>An amount of zero or more, such as a credit limit (zero: no credit).</summary>
    public decimal? NonNegativeAmount(ContractColumn column)
    {
        if (Number(column) is not { } amount) return null;
        if (amount >= 0) return amount;
        Fail(column, Written(column), "cannot be negative");
        return null;
    }

    /// <summary>The column's value as written (trimmed), for a message about a value that was read.</summary>
    private string Written(ContractColumn column) => table.Value(column).ToString();

    private decimal? Number(ContractColumn column)
    {
        var text = Field(column);
        if (text.IsEmpty) return null;
        var point = table.Numbers.NumberDecimalSeparator;
        if (!TryParseAmount(table, text, out var amount))
        {
            var group = point == "." ? "1,234.56" : "1.234,56";
            Fail(column, text.ToString(), $"not a number in the form 1234{point}56 or {group}");
            return null;
        }
        if (Math.Abs(amount) > Guard.MaxAmount)
        {
            Fail(column, text.ToString(), $"amount beyond {Guard.MaxAmount:N0} is not plausible");
            return null;
        }
        // Semicolons separate the fields where the comma is the decimal separator, and the point groups thousands there.
        if (point == "." && table.Delimiter == ';' && ThousandsPoint.IsMatch(text))
            Warn(column, text.ToString(), "read with the point as decimal separator, but in a semicolon-separated export it often groups "
                + "thousands (1.234 for 1234): if so, set \"decimal_separator\": \",\" in the mapping file");
        return amount;
    }

    /// <summary>The column's amount, read without reporting anything; false when it is empty or not an amount.</summary>
    public bool TryPeekAmount(ContractColumn column, out decimal amount) => TryParseAmount(table, table.Value(column), out amount);

    /// <summary>
    /// An amount as <paramref name="table"/> writes them (its decimal separator, or as a spreadsheet formats them), also
    /// in scientific notation, as R's write.csv writes round amounts (1e+05 for 100000).
    /// </summary>
    public static bool TryParseAmount(CsvTable table, ReadOnlySpan<char> text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, table.Numbers, out amount)
        || WrittenAmount.TryParse(text, table.Numbers.NumberDecimalSeparator[0], out amount)
        || (table.Numbers.NumberDecimalSeparator == "." && DecimalComma.IsMatch(text) && WrittenAmount.TryParse(text, ',', out amount))
        || (text.IndexOfAny('E', 'e') > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, table.Numbers, out amount));

    /// <summary>
    /// A number of days from 0 to <paramref name="max"/>, such as payment terms: a whole number (<c>30</c>, or <c>30.0</c>
    /// as pandas writes a column of numbers with a gap) or terms as invoices word them (<c>Net 30</c>, <c>N30</c>,
    /// <c>30 days</c>, <c>30 dagen</c>, <c>2/10 Net 30</c>: the net days; <c>Due on receipt</c>: 0).
    /// </summary>
    public int? Days(ContractColumn column, int max)
    {
        var text = Field(column);
        if (text.IsEmpty) return null;
        if (!TryReadDays(text, out var number) || number != decimal.Truncate(number) || number < 0 || number > max)
        {
            Fail(column, text.ToString(), $"not a number of days from 0 to {max} (30, Net 30 or 30 days)");
            return null;
        }
        return (int)number;
    }

    private static bool TryReadDays(ReadOnlySpan<char> text, out decimal days)
    {
        const NumberStyles whole = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(text, whole, CultureInfo.InvariantCulture, out days)) return true;
        var written = WrittenDays.Match(text.ToString());
        if (!written.Success) return false;
        if (written.Groups["receipt"].Success)
        {
            days = 0;
            return true;
        }
        return decimal.TryParse(written.Groups["days"].ValueSpan, whole, CultureInfo.InvariantCulture, out days);
    }

    /// <summary>
    /// The channel, also where it is written with its direction (<c>Outbound Call</c>): that direction is then
    /// <paramref name="named"/>, else null.
    /// </summary>
    public Channel? Channel(ContractColumn column, out Direction? named)
    {
        named = null;
        var text = Field(column);
        // A channel with its direction is longer than any channel word alone ("inbound tel" is the shortest): the
        // millions of rows that write "phone" or "email" skip the look for one.
        if (text.Length > 10 && table.ContractWord(column, text) is null && ExportWords.TryParseWithDirection(text, out var channel, out var direction))
        {
            named = direction;
            return channel;
        }
        return Word<Channel>(column);
    }

    public T? Word<T>(ContractColumn column) where T : struct, Enum
    {
        var text = Field(column);
        if (text.IsEmpty) return null;
        // The export's own word, where the mapping names one, wins over the contract's.
        if (!(table.ContractWord(column, text) is { } ours ? Words.TryParse<T>(ours, out var value) : Words.TryParse(text, out value) || ExportWords.TryParse(text, out value)))
        {
            var hint = ExportWords.IsAmbiguousChannel<T>(text)
                ? $"; Mail is email in some exports and a letter in others: say which in the mapping file, \"values\": {{ \"channel\": {{ \"{text.Trim()}\": \"email\" }} }}"
                : " (or map the words of your export with \"values\" in the mapping file)";
            Fail(column, text.ToString(), $"unknown word; expected one of {Words.List<T>()}{hint}");
            return null;
        }
        return value;
    }

    private bool CheckDate(ContractColumn column, ReadOnlySpan<char> text, DateOnly date, bool mayBeLater = false)
    {
        if (date < Earliest)
        {
            Fail(column, text.ToString(), $"date before {Earliest:yyyy-MM-dd} is not plausible");
            return false;
        }
        // A required date later than the as-of date is kept and flagged as an outlier once all dates are known.
        if (date > asOf && !mayBeLater && !column.Required)
        {
            Fail(column, text.ToString(), $"date is after the as-of date {asOf:yyyy-MM-dd}");
            return false;
        }
        return true;
    }

    /// <summary>A value's first line, clipped, as messages show a value that spans lines (an unclosed quote took them).</summary>
    public static string FirstLineClipped(string value) => Clip(FirstLine(value));

    private static string FirstLine(string value) => value.IndexOfAny(['\r', '\n']) is var end and >= 0 ? value[..end] : value;

    private static string Clip(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
