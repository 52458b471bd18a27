using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

/// <summary>
/// The sample book written the ways real exports write it. Each shape must load every row of the sample with the same
/// dates, amounts and words: nothing valid is lost to how a file is written.
/// </summary>
public class ExportShapesTests
{
    private static readonly LoadOptions Options = new() { AsOf = new DateOnly(2025, 6, 30) };

    private static readonly Lazy<CollectionHistory> Sample = new(() =>
        CollectionHistory.Load(Path.Combine(DataContractTests.RepositoryRoot(), "data-samples"), Options));

    /// <summary>A way of writing the book: each file's text rewritten, and the mapping that reads it (if one is needed).</summary>
    private sealed record Shape(Func<string, string, byte[]> Write, ColumnMapping? Mapping = null);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // The sample has no quoted fields, so every comma is a delimiter and every line one row.
    private static string EachField(string text, Func<string, string> field) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : string.Join(',', line.Split(',').Select(field))));

    private static string EachLine(string text, Func<string[], IEnumerable<string>> fields) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : string.Join(',', fields(line.Split(',')))));

    private static readonly Dictionary<string, Shape> Shapes = new()
    {
        ["BOM and CR LF"] = new((_, text) => [.. Encoding.UTF8.GetPreamble(), .. Utf8(text.Replace("\n", "\r\n"))]),
        ["CR only"] = new((_, text) => Utf8(text.Replace('\n', '\r'))),
        ["UTF-16 with BOM"] = new((_, text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
        ["Latin-1 with accents"] = new((_, text) => Encoding.Latin1.GetBytes(text.Replace("GmbH", "Gesellschaft f\u00fcr Caf\u00e9s"))),
        ["tabs"] = new((_, text) => Utf8(text.Replace(',', '\t'))),
        ["pipes, as mainframe and ERP extracts write them"] = new((_, text) => Utf8(text.Replace(',', '|'))),
        ["semicolons and decimal commas"] = new(
            (_, text) => Utf8(Regex.Replace(text.Replace(',', ';'), @"(?<=[;\n]-?\d+)\.(?=\d+[;\r\n])", ",")),
            new ColumnMapping { DecimalSeparator = ',' }),
        ["every field quoted"] = new((_, text) => Utf8(EachField(text, field => $"\"{field}\""))),
        ["columns reversed"] = new((_, text) => Utf8(EachLine(text, fields => fields.Reverse()))),
        ["header in words"] = new((_, text) => Utf8(Regex.Replace(text, "^[^\n]*",
            header => string.Join(',', header.Value.Split(',').Select(name => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('_', ' '))))))),
        ["trailing delimiter"] = new((_, text) => Utf8(EachLine(text, fields => [.. fields, ""]))),
        ["Excel's sep= line"] = new((_, text) => Utf8("sep=,\n" + text)),
        ["a report's title above the header"] = new((file, text) => Utf8($"{file} exported from the ledger\nAcme Holdings, Inc.\n\n,,,\n" + text)),
        ["a title above a semicolon header"] = new((_, text) => Utf8("Open items as of 30/06/2025\n" + text.Replace(',', ';'))),
        ["amounts formatted as in a spreadsheet"] = new((file, text) => Utf8(file is "invoices.csv" or "payments.csv"
            ? EachLine(text, fields => fields.Select((field, i) => i == 4 && decimal.TryParse(field, CultureInfo.InvariantCulture, out var amount)
                ? $"\"{(amount < 0 ? $"({-amount:#,##0.00})" : $"${amount:#,##0.00}")}\"" : field))
            : text)),
        ["amounts in scientific notation, as R writes round ones"] = new((file, text) => Utf8(file is "invoices.csv" or "payments.csv"
            ? EachLine(text, fields => fields.Select((field, i) => i == 4 && decimal.TryParse(field, CultureInfo.InvariantCulture, out var amount)
                ? Scientific(amount) : field))
            : text)),
        ["DOS's end-of-file mark after the last row"] = new((_, text) => Utf8(text + "\u001A")),
        ["dates as spreadsheet serials"] = new((_, text) => Utf8(Regex.Replace(text, @"(?<=,)\d{4}-\d{2}-\d{2}(?=,|\r?\n|$)",
            date => (DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - new DateOnly(1899, 12, 30).DayNumber)
                .ToString(CultureInfo.InvariantCulture)))),
        ["dates with the month's name"] = new((_, text) => Utf8(WithMonthNames(text, "d-MMM-yyyy", quoted: false))),
        ["dates with the month's name first"] = new((_, text) => Utf8(WithMonthNames(text, "MMMM d, yyyy", quoted: true))),
        ["payments written as negative amounts, as a ledger credits them"] = new((file, text) => Utf8(file == "payments.csv"
            ? Regex.Replace(text, @"(?<=,)(\d+\.\d{2})(?=\r?\n|$)", "-$1", RegexOptions.Multiline) : text)),
        ["dates year first with points, as SAP can write them"] = new((_, text) => Utf8(Regex.Replace(text, @"(\d{4})-(\d{2})-(\d{2})T?", "$1.$2.$3 ")
            .Replace(" ,", ",").Replace(" \n", "\n"))),
        ["dates with German month names"] = new((_, text) => Utf8(WithMonthNames(text, "{0}. {1} {2}",
            ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]))),
        ["dates with French month names in full"] = new((_, text) => Utf8(WithMonthNames(text, "{0} {1} {2}",
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]))),
        ["dates with Dutch month names"] = new((_, text) => Utf8(WithMonthNames(text, "{0:00}-{1}-{2}",
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]))),
        ["date-times with a spaced offset, as SQL Server writes them"] = new((_, text) => Utf8(Regex.Replace(text,
            @"(?<=\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})", " $1.0000000 +00:00"))),
        ["date-times in UTC, as BigQuery exports timestamps"] = new((_, text) => Utf8(Regex.Replace(text,
            @"(?<=\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})", " $1 UTC"))),
        ["date-times in GMT, with fractions of a second"] = new((_, text) => Utf8(Regex.Replace(text,
            @"(?<=\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})", " $1.000 GMT"))),
        ["dates day first"] = new(
            (_, text) => Utf8(Regex.Replace(text, @"(\d{4})-(\d{2})-(\d{2})T?", "$3.$2.$1 ").Replace(" ,", ",").Replace(" \n", "\n")),
            new ColumnMapping { DateFormat = "dd.MM.yyyy" }),
    };

    /// <summary>Every ISO date (and the date of every date-time) written in <paramref name="format"/>, in quotes where it holds a comma.</summary>
    private static string WithMonthNames(string text, string format, bool quoted) =>
        Regex.Replace(text, @"(?<=^|,)(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?(?=,|\r?\n|$)", date =>
        {
            var day = DateOnly.ParseExact(date.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture);
            var written = date.Groups[2].Success ? $"{day} {date.Groups[2].Value}" : day;
            return quoted ? $"\"{written}\"" : written;
        }, RegexOptions.Multiline);

    /// <summary>Every ISO date (and the date of every date-time) written as <paramref name="format"/> gives the day, the month's name and the year.</summary>
    private static string WithMonthNames(string text, string format, string[] months) =>
        Regex.Replace(text, @"(?<=^|,)(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}:\d{2}))?(?=,|\r?\n|$)", date =>
        {
            var day = string.Format(CultureInfo.InvariantCulture, format,
                int.Parse(date.Groups[3].Value, CultureInfo.InvariantCulture), months[int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture) - 1], date.Groups[1].Value);
            return date.Groups[4].Success ? $"{day} {date.Groups[4].Value}" : day;
        }, RegexOptions.Multiline);

    /// <summary>An amount as 1.2345e+03, exactly: every digit of the mantissa kept (2626.17 as 2.62617e+03, 100000 as 1e+05).</summary>
    private static string Scientific(decimal amount)
    {
        if (amount == 0) return "0e+00";
        // The amount in cents, as digits: the first is worth 10^(digits - 3).
        var cents = decimal.ToInt64(decimal.Abs(amount) * 100).ToString(CultureInfo.InvariantCulture);
        var exponent = cents.Length - 3;
        var mantissa = cents.TrimEnd('0');
        var written = mantissa.Length == 1 ? mantissa : $"{mantissa[0]}.{mantissa[1..]}";
        return $"{(amount < 0 ? "-" : "")}{written}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
    }

    public static TheoryData<string> ShapeNames => [.. Shapes.Keys];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Load_SampleWrittenAnotherWay_KeepsEveryRowWithTheSameValues(string shape)
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(DataContractTests.RepositoryRoot(), "data-samples");
        foreach (var file in DataContract.Files.Select(f => f.FileName))
            File.WriteAllBytes(folder.File(file), Shapes[shape].Write(file, File.ReadAllText(Path.Combine(sample, file))));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = Shapes[shape].Mapping });

        Assert.Contains(DataContract.Files, f => !File.ReadAllBytes(Path.Combine(sample, f.FileName)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.File(f.FileName))));

        Assert.All(history.Quality.Issues, issue => Assert.Equal(("(file)", IssueSeverity.Warning), (issue.Column, issue.Severity)));
        var expected = Sample.Value;
        Assert.Equal(expected.Quality.Files.Select(f => f.RowsKept), history.Quality.Files.Select(f => f.RowsKept));
        Assert.Equal(expected.Invoices.Select(i => (i.Invoice.InvoiceId, i.Invoice.IssuedOn, i.Invoice.DueOn, i.Invoice.Amount, i.SettledOn)),
            history.Invoices.Select(i => (i.Invoice.InvoiceId, i.Invoice.IssuedOn, i.Invoice.DueOn, i.Invoice.Amount, i.SettledOn)));
        Assert.Equal(expected.Payments.Select(p => (p.PaymentId, p.PaidOn, p.Amount)), history.Payments.Select(p => (p.PaymentId, p.PaidOn, p.Amount)));
        Assert.Equal(expected.ContactAttempts.Select(a => (a.AttemptId, a.OccurredAt, a.Channel, a.Outcome, a.PromisedOn, a.PromisedAmount)),
            history.ContactAttempts.Select(a => (a.AttemptId, a.OccurredAt, a.Channel, a.Outcome, a.PromisedOn, a.PromisedAmount)));
        Assert.Equal(expected.Customers.Select(c => (c.CustomerId, c.PaymentTermsDays, c.CreditLimit, c.OnboardedOn, c.Email)),
            history.Customers.Select(c => (c.CustomerId, c.PaymentTermsDays, c.CreditLimit, c.OnboardedOn, c.Email)));
    }
}
