using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

/// <summary>Delimiters and encodings of real exports: detected, or given in the mapping.</summary>
public class CsvDialectTests
{
    private static readonly LoadOptions Options = new() { AsOf = new DateOnly(2025, 6, 30) };

    /// <summary>The valid fixture with the first invoice's issue date (2025-01-05) written as <paramref name="written"/>.</summary>
    private static TempFolder WithFirstIssueDate(string written)
    {
        var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("2025-01-05", written));
        return folder;
    }

    [Fact]
    public void Load_SemicolonWindows1252DecimalComma_ReadsEveryRowLikeTheContractFiles()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/european");
        var mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json"));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = mapping });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal([3L, 4L, 4L, 4L], history.Quality.Files.Select(f => f.RowsKept));
        Assert.Equal("Caf\u00e9 M\u00fcller \u20ac", history.FindCustomer("C3")!.Name);
        Assert.Equal("Acme, Inc.", history.FindCustomer("C1")!.Name);
        Assert.Equal(10000m, history.FindCustomer("C1")!.CreditLimit);
        Assert.Equal(-150m, history.FindInvoice("I4")!.Invoice.Amount);
        Assert.Equal(2000m, history.AttemptsWith("C2").Single().PromisedAmount);
    }

    [Fact]
    public void Load_DecimalCommaWithoutTheSetting_ReadAsWithIt()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/european");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, File.ReadAllText(invoices, Encoding.Latin1).Replace(";2000,00;", ";2.000,00;").Replace(";500,00;", ";500,5 EUR;"), Encoding.Latin1);
        var mapped = ColumnMapping.FromJsonFile(folder.File("mapping.json"));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { Encoding = mapped.Encoding } });

        // 1234,56 and 1.234,56 cannot be read another way: only the mapping's setting reads an amount such as 1.234.
        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        var withSetting = CollectionHistory.Load(folder.Path, Options with { Mapping = mapped });
        Assert.Equal(withSetting.Invoices.Select(i => i.Invoice.Amount), history.Invoices.Select(i => i.Invoice.Amount));
        Assert.Equal([1000m, 500.5m, 2000m, -150m], history.Invoices.Select(i => i.Invoice.Amount));
        Assert.Equal(withSetting.Payments.Select(p => p.Amount), history.Payments.Select(p => p.Amount));
        Assert.Equal(10000m, history.FindCustomer("C1")!.CreditLimit);
    }

    [Theory]
    [InlineData("1,234")] // a thousand, or one and a bit: three decimals could be a group
    [InlineData("1,234.56")]
    [InlineData("0,125")]
    public void Load_CommaAmountThatMayBeAThousandsGroup_IsNotReadAsADecimalComma(string written)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("2000.00", $"\"{written}\""));

        var amount = CollectionHistory.Load(folder.Path, Options).FindInvoice("I3")?.Invoice.Amount;

        Assert.Equal(written switch { "1,234" => 1234m, "1,234.56" => 1234.56m, _ => (decimal?)null }, amount);
    }

    [Fact]
    public void Load_ThousandsPointInASemicolonFile_IsKeptWithAWarningNamingTheSetting()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, File.ReadAllText(invoices).Replace(',', ';').Replace(";2000.00;", ";2.000;"));

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("invoices.csv", 4L, "amount", "2.000", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.Contains("\"decimal_separator\": \",\"", issue.Reason);
        Assert.Equal(2m, history.FindInvoice("I3")!.Invoice.Amount);
    }

    [Fact]
    public void Load_AmountsAsASpreadsheetFormatsThem_ReadAsWritten()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = File.ReadAllText(folder.File("invoices.csv")).Replace(",2000.00,", ",\"$2,000.00\",").Replace(",-150.00,", ",(150.00),");
        File.WriteAllText(folder.File("invoices.csv"), invoices);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(2000m, history.FindInvoice("I3")!.Invoice.Amount);
        Assert.Equal(-150m, history.FindInvoice("I4")!.Invoice.Amount);
    }

    [Theory]
    [InlineData("dd.MM.yyyy", "$3.$2.$1")]
    [InlineData("MM/dd/yyyy", "$2/$3/$1")]
    [InlineData("d/M/yyyy", "$3/$2/$1")]
    public void Load_DatesInTheMappingsFormat_ReadAsTheContractFiles(string format, string replacement)
    {
        using var iso = TempFolder.CopyOf("Loading/Fixtures/valid");
        using var local = TempFolder.CopyOf("Loading/Fixtures/valid");
        foreach (var file in Directory.GetFiles(local.Path, "*.csv"))
        {
            var text = Regex.Replace(File.ReadAllText(file), @"(\d{4})-(\d{2})-(\d{2})T?", replacement + " ");
            File.WriteAllText(file, Regex.Replace(text, " ([,\n])", "$1"));
        }

        var expected = CollectionHistory.Load(iso.Path, Options);
        var history = CollectionHistory.Load(local.Path, Options with { Mapping = new ColumnMapping { DateFormat = format } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(expected.Invoices.Select(i => (i.Invoice.IssuedOn, i.Invoice.DueOn, i.SettledOn)), history.Invoices.Select(i => (i.Invoice.IssuedOn, i.Invoice.DueOn, i.SettledOn)));
        Assert.Equal(expected.ContactAttempts.Select(a => (a.OccurredAt, a.PromisedOn)), history.ContactAttempts.Select(a => (a.OccurredAt, a.PromisedOn)));
        Assert.Equal(expected.Customers.Select(c => c.OnboardedOn), history.Customers.Select(c => c.OnboardedOn));
    }

    [Fact]
    public void Load_UsDateTimeWithAmPm_ReadInTheMappingsFormat()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var attempts = File.ReadAllText(folder.File("contact_attempts.csv")).Replace("2025-02-06T09:30:00", "2/6/2025 9:30:00 AM").Replace("2025-02-26T10:00:00", "2/26/2025 10:00 PM");
        File.WriteAllText(folder.File("contact_attempts.csv"), attempts);

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = "M/d/yyyy" } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateTimeOffset(2025, 2, 6, 9, 30, 0, TimeSpan.Zero), history.ContactAttempts[0].OccurredAt);
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 22, 0, 0, TimeSpan.Zero), history.ContactAttempts[2].OccurredAt);
    }

    [Theory]
    [InlineData("2025-02-06 09:30:00.000", "2025-02-06 09:30:00.000 +00:00")] // SQL Server's datetime
    [InlineData("2025-02-06 09:30:00.1234567", "2025-02-06 09:30:00.123 +00:00")] // SQL Server's datetime2
    [InlineData("2025-02-06 09:30:00.123456+01", "2025-02-06 09:30:00.123 +01:00")] // PostgreSQL's timestamptz
    [InlineData("2025-02-06 09:30:00-05", "2025-02-06 09:30:00.000 -05:00")]
    [InlineData("2025-02-06 09:30:00.5+05:30", "2025-02-06 09:30:00.500 +05:30")]
    public void Load_DateTimesAsDatabasesWriteThem_ReadWithTheirFractionAndOffset(string written, string expected)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("contact_attempts.csv"), File.ReadAllText(folder.File("contact_attempts.csv")).Replace("2025-02-06T09:30:00", written));
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("2025-01-05", written.Replace("2025-02-06", "2025-01-05")));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(expected, history.ContactAttempts[0].OccurredAt.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2025, 1, 5), history.Invoices[0].Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("1738834200", "1736035200")]       // seconds
    [InlineData("1738834200000", "1736035200000")] // milliseconds
    public void Load_UnixTimes_ReadAsUtcDateTimesAndTheirDates(string occurredAt, string issuedOn)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("contact_attempts.csv"), File.ReadAllText(folder.File("contact_attempts.csv")).Replace("2025-02-06T09:30:00", occurredAt));
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("I1,C1,2025-01-05", $"I1,C1,{issuedOn}"));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateTimeOffset(2025, 2, 6, 9, 30, 0, TimeSpan.Zero), history.ContactAttempts[0].OccurredAt);
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("\"Thu, 06 Feb 2025 09:30:00 +0000\"", "2025-02-06 09:30:00 +00:00")] // RFC 2822, as email headers write it
    [InlineData("\"Thu, 6 Feb 2025 10:30:00 +0100\"", "2025-02-06 10:30:00 +01:00")]
    [InlineData("\"Thu, 06 Feb 2025 09:30:00 GMT\"", "2025-02-06 09:30:00 +00:00")] // RFC 1123
    [InlineData("\"Thu, 06 Feb 2025 09:30 UTC\"", "2025-02-06 09:30:00 +00:00")]
    public void Load_EmailHeaderDateTimes_ReadWithTheirOffsetAndNoDateOrderGuessed(string occurredAt, string expected)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("contact_attempts.csv"), File.ReadAllText(folder.File("contact_attempts.csv")).Replace("2025-02-06T09:30:00", occurredAt));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(expected, history.ContactAttempts[0].OccurredAt.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("173883420")]     // nine digits: 1975, or an id
    [InlineData("17388342000")]   // eleven
    [InlineData("1738834200.5")]
    public void Load_OtherLongNumbersInADateColumn_Rejected(string written)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("contact_attempts.csv"), File.ReadAllText(folder.File("contact_attempts.csv")).Replace("2025-02-06T09:30:00", written));

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("contact_attempts.csv", 2L, "occurred_at", written, IssueSeverity.Error), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
    }

    [Fact]
    public void Load_DayAndMonthTheOtherWayRound_RejectedNamingTheFormatGiven()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("2025-01-20", "01/20/2025"));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = "dd/MM/yyyy" } });

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal(("issued_on", "01/20/2025"), (issue.Column, issue.Value));
        Assert.Contains("date format dd/MM/yyyy", issue.Reason);
        Assert.Contains("the other way round", issue.Reason);
    }

    [Fact]
    public void Load_EveryDateTheOtherWayRound_RefusedNamingTheFormatTheFileUses()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        foreach (var file in Directory.GetFiles(folder.Path, "*.csv"))
        {
            var text = Regex.Replace(File.ReadAllText(file), @"(\d{4})-(\d{2})-(\d{2})T?", "$2/$3/$1 ");
            File.WriteAllText(file, Regex.Replace(text, " ([,\n])", "$1"));
        }

        var error = Assert.Throws<DataLoadException>(() =>
            CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = "dd/MM/yyyy" } }));

        // Customers has one date that fits only MM/dd/yyyy (01/15/2023): too few to tell. Invoices has several.
        Assert.StartsWith("invoices.csv: the dates are written MM/dd/yyyy, not dd/MM/yyyy as given", error.Message);
        Assert.Contains("such as '02/24/2025'", error.Message);
        Assert.Contains("--date-format MM/dd/yyyy", error.Message);
    }

    [Fact]
    public void Load_SpreadsheetSerialDateTimeAndSpelledOutcome_ReadAsTheContractsValues()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var attempts = File.ReadAllText(folder.File("contact_attempts.csv"))
            .Replace("2025-02-06T09:30:00", "45694.395833").Replace("promise_to_pay", "Promise To Pay");
        File.WriteAllText(folder.File("contact_attempts.csv"), attempts);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateTimeOffset(2025, 2, 6, 9, 30, 0, TimeSpan.Zero), history.ContactAttempts[0].OccurredAt);
        Assert.Equal(Outcome.PromiseToPay, history.ContactAttempts[2].Outcome);
    }

    [Fact]
    public void Load_MonthAbbreviationsInAnyCaseAndEMail_ReadAsTheContractsValues()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("2025-01-05", "05-JAN-2025").Replace("2025-02-04", "04-feb-2025"));
        File.WriteAllText(folder.File("contact_attempts.csv"), File.ReadAllText(folder.File("contact_attempts.csv"))
            .Replace("2025-02-06T09:30:00", "06-Feb-2025 09:30:00").Replace(",email,", ",E-mail,"));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = "dd-MMM-yyyy" } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        var invoice = history.FindInvoice("I1")!.Invoice;
        Assert.Equal((new DateOnly(2025, 1, 5), new DateOnly(2025, 2, 4)), (invoice.IssuedOn, invoice.DueOn));
        Assert.Equal(new DateTimeOffset(2025, 2, 6, 9, 30, 0, TimeSpan.Zero), history.ContactAttempts[0].OccurredAt);
        // The fixture's two email attempts, both written E-mail.
        Assert.Equal(2, history.ContactAttempts.Count(a => a.Channel == Channel.Email));
    }

    [Theory]
    [InlineData("05 JAN 2025", "d MMM yyyy")]
    [InlineData("05-Jan-2025", "d-MMM-yyyy")]
    [InlineData("\"Jan 5, 2025\"", "MMM d, yyyy")]
    [InlineData("\"January 5, 2025\"", "MMMM d, yyyy")]
    [InlineData("5 January 2025", "d MMMM yyyy")]
    [InlineData("05-JAN-25", "d-MMM-yy")] // Oracle's default
    [InlineData("Jan 05 2025", "MMM d yyyy")] // JavaScript's toDateString, without the weekday
    public void Load_MonthNameDatesWithoutTheSetting_ReadInTheirFormatAndSaid(string written, string format)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal((1L, "(file)", IssueSeverity.Warning), (issue.Line, issue.Column, issue.Severity));
        Assert.StartsWith($"dates read as {format}: the file's first dates with the month's name are written so", issue.Reason);
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("5. Januar 2025", "d MMM yyyy")] // German
    [InlineData("05. Jan. 2025", "d MMM yyyy")]
    [InlineData("05-jan-2025", "d-MMM-yyyy")] // Dutch
    [InlineData("5 janvier 2025", "d MMM yyyy")] // French
    [InlineData("05 janv. 2025", "d MMM yyyy")]
    [InlineData("05-ene-25", "d-MMM-yy")] // Spanish
    [InlineData("5 gennaio 2025", "d MMM yyyy")] // Italian
    public void Load_MonthNamesOfOtherLanguagesWithoutTheSetting_ReadAsTheirEnglishAbbreviation(string written, string format)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal((1L, "(file)", written), (issue.Line, issue.Column, issue.Value));
        Assert.StartsWith($"dates read as {format}: the file's first dates with the month's name are written so", issue.Reason);
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("dd. MMMM yyyy", "05. Januar 2025")]
    [InlineData("d MMM yyyy", "5 janv. 2025")]
    [InlineData("dd-MMM-yy", "05-ene-25")]
    public void Load_MonthNamesOfOtherLanguagesWithTheirFormat_Read(string format, string written)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = format } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("dd. MMM yyyy", "31. Feb. 2025", "not a date")] // no such day
    [InlineData("dd. MMM yyyy", "05. Janu. 2025", "not a date")] // no such month
    [InlineData("dd-MMM-yy", "05-ene-2025", "the year has four digits")]
    public void Load_MonthNamesOfOtherLanguagesThatAreNoDate_Rejected(string format, string written, string reason)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = format } });

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal((2L, "issued_on", written), (issue.Line, issue.Column, issue.Value));
        Assert.Contains(reason, issue.Reason);
    }

    [Theory]
    // Two forms in one file, or two widths of year, leave the form to the user.
    [InlineData("05 Jan 2025", "I3,C2,\"Jan 10, 2025\"", "05 Jan 2025", "--date-format d MMM yyyy or")]
    [InlineData("05-JAN-25", "I3,C2,10-JAN-2025", "05-JAN-25", "--date-format")]
    [InlineData("Jan 05 2025", "I3,C2,\"Jan 10, 2025\"", "Jan 05 2025", "--date-format \"MMM d yyyy\" or")]
    public void Load_MonthNameDatesThatDoNotShowOneForm_RejectedNamingTheSetting(string written, string otherRow, string value, string hint)
    {
        using var folder = WithFirstIssueDate(written);
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")).Replace("I3,C2,2025-01-10", otherRow));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.DoesNotContain(history.Quality.Issues, i => i.Reason.StartsWith("dates read as", StringComparison.Ordinal));
        var issue = history.Quality.Issues.First(i => i.File == "invoices.csv");
        Assert.Equal((2L, "issued_on", value), (issue.Line, issue.Column, issue.Value));
        Assert.Contains(hint, issue.Reason);
    }

    [Theory]
    [InlineData("dd-MMM-yy", "05-JAN-25")] // two-digit years: this century
    [InlineData("dd/MM/yy", "05/01/25")]
    [InlineData("MMM d, yyyy", "\"Jan 5, 2025\"")]
    [InlineData("MMMM d, yyyy", "\"January 5, 2025\"")]
    [InlineData("d MMMM yyyy", "5 JANUARY 2025")]
    public void Load_TwoDigitYearsAndMonthNamesWithTheirFormat_Read(string format, string written)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = format } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Theory]
    [InlineData("dd/MM/yyyy", "05/01/25", "; the year has two digits: give the date format with yy (read as 1950 to 2049)")]
    [InlineData("dd-MMM-yy", "05-JAN-2025", "; the year has four digits: give the date format with yyyy")]
    [InlineData(null, "05/01/25", "; if the export writes dates this way, name the format with --date-format or \"date_format\" in the mapping file (dd.MM.yyyy, MM/dd/yyyy, dd-MMM-yy, ...)")]
    public void Load_YearOfOtherDigitsThanTheFormat_RejectedSayingWhichToGive(string? format, string written, string hint)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { DateFormat = format } });

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal((2L, "issued_on", written), (issue.Line, issue.Column, issue.Value));
        Assert.EndsWith(hint, issue.Reason);
    }

    [Fact]
    public void Load_DatesInAnotherFormatWithoutTheSetting_RejectedNamingTheSetting()
    {
        using var folder = WithFirstIssueDate("05.01.2025");

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal((2L, "issued_on", "05.01.2025"), (issue.Line, issue.Column, issue.Value));
        Assert.Contains("\"date_format\"", issue.Reason);
        // Counted by kind with the whole hint: reasons are cut only at a quoted value.
        Assert.Contains(history.Quality.IssueCounts, c => c.Reason == issue.Reason);
    }

    [Theory]
    [InlineData(@"(\d{4})-(\d\d)-(\d\d)", "$3/$2/$1", "d/M/yyyy", "10/01/2025", "24/02/2025")] // 10/01 is ambiguous; 24/02 on line 4 shows the order
    [InlineData(@"(\d{4})-(\d\d)-(\d\d)", "$3.$2.$1", "d.M.yyyy", "10.01.2025", "24.02.2025")]
    [InlineData(@"(\d{4})-0?(\d\d?)-0?(\d\d?)", "$2/$3/$1", "M/d/yyyy", "1/10/2025", "2/24/2025")]
    [InlineData(@"\d\d(\d\d)-(\d\d)-(\d\d)", "$3/$2/$1", "d/M/yy", "10/01/25", "24/02/25")] // two-digit years
    [InlineData(@"\d\d(\d\d)-0?(\d\d?)-0?(\d\d?)", "$2-$3-$1", "M-d-yy", "1-10-25", "2-24-25")]
    public void Load_LocalDatesWithoutTheSetting_OrderFoundFromTheDatesAndSaid(string pattern, string replacement, string format, string written, string shown)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, Regex.Replace(File.ReadAllText(invoices), pattern, replacement));
        Assert.Contains(written, File.ReadAllText(invoices));
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(CollectionHistory.Load(valid.Path, Options).Invoices.Select(i => i.Invoice), history.Invoices.Select(i => i.Invoice));
        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("invoices.csv", 1L, IssueSeverity.Warning), (issue.File, issue.Line, issue.Severity));
        Assert.StartsWith($"dates read as {format}: ", issue.Reason);
        Assert.Equal(shown, issue.Value);
    }

    [Theory]
    [InlineData("I3,C2,03/01/2025,04/02/2025", "every day 12 or less")]
    [InlineData("I3,C2,24/01/2025,02/24/2025", "both orders")]
    [InlineData("I3,C2,24/01/2025,24/02/25", "two widths of year")]
    [InlineData("I3,C2,25/01/10,25/02/24", "a two-digit year first")]
    public void Load_LocalDatesThatDoNotShowTheOrder_RejectedNamingTheSetting(string row, string why)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, File.ReadAllText(invoices).Replace("I3,C2,2025-01-10,2025-02-24", row));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.DoesNotContain(history.Quality.Issues, i => i.Reason.StartsWith("dates read as", StringComparison.Ordinal));
        var issue = Assert.Single(history.Quality.Issues, i => i.File == "invoices.csv" && i.Column == "issued_on");
        Assert.True((4L, IssueSeverity.Error) == (issue.Line, issue.Severity), why);
        Assert.Contains("--date-format", issue.Reason);
    }

    [Theory]
    [InlineData("2025-01-05 00:00:00")]
    [InlineData("2025-1-5")]
    [InlineData("2025/01/05")]
    [InlineData("20250105")]
    public void Load_DateWrittenYearFirstOtherwise_ReadAsTheDate(string written)
    {
        using var folder = WithFirstIssueDate(written);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateOnly(2025, 1, 5), history.FindInvoice("I1")!.Invoice.IssuedOn);
    }

    [Fact]
    public void Load_TextFilesForTheContractsCsvNames_ReadWithAWarning()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Move(folder.File("invoices.csv"), folder.File("invoices.TXT"));
        File.WriteAllText(folder.File("payments.tsv"), File.ReadAllText(folder.File("payments.csv")).Replace(',', '\t'));
        File.Delete(folder.File("payments.csv"));
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(CollectionHistory.Load(valid.Path, Options).Payments, history.Payments);
        Assert.Equal(["invoices.TXT", "payments.tsv"], history.Quality.Files.Select(f => f.File).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal)));
        Assert.Equal([("invoices.TXT", "read for invoices.csv"), ("payments.tsv", "read for payments.csv")],
            history.Quality.Issues.Select(i => (i.File, i.Reason[..21])));
    }

    [Fact]
    public void Load_TwoTextFilesForOneCsvName_NeitherReadAndBothNamed()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Copy(folder.File("invoices.csv"), folder.File("invoices.txt"));
        File.Move(folder.File("invoices.csv"), folder.File("invoices.tsv"));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains("invoices.csv: file not found; there is invoices.tsv", error.Message);
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    public void Load_TabOrSemicolonFiles_DelimiterDetected(char delimiter)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        foreach (var file in Directory.GetFiles(folder.Path, "*.csv"))
            File.WriteAllText(file, Redelimit(File.ReadAllText(file), delimiter));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal([3L, 4L, 4L, 4L], history.Quality.Files.Select(f => f.RowsKept));
        Assert.Equal("Acme, Inc.", history.FindCustomer("C1")!.Name);
    }

    [Fact]
    public void Load_ForcedDelimiterTheFileDoesNotUse_FailsSayingWhichDelimiterWasUsed()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), Redelimit(File.ReadAllText(folder.File("invoices.csv")), ';'));

        var error = Assert.Throws<DataLoadException>(() =>
            CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { Delimiter = ',' } }));

        Assert.Contains("invoices.csv line 1: required column 'invoice_id' is missing", error.Message);
        Assert.Contains("read with the delimiter comma; if the file uses another, give it with --delimiter", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_Utf16WithoutBom_Recognised(bool bigEndian)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var text = File.ReadAllText(folder.File("customers.csv")).Replace("Harbor Ltd", "Caf\u00e9 M\u00fcller");
        File.WriteAllBytes(folder.File("customers.csv"), new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal("Caf\u00e9 M\u00fcller", history.FindCustomer("C3")!.Name);
    }

    [Fact]
    public void Load_Utf16GivenButBigEndianWithoutBom_ReadInTheOrderTheBytesShow()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        foreach (var file in Directory.GetFiles(folder.Path, "*.csv"))
            File.WriteAllBytes(file, new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(File.ReadAllText(file).Replace("Harbor Ltd", "Caf\u00e9")));

        // "utf-16" names little-endian.
        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { Encoding = Encoding.Unicode } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal("Caf\u00e9", history.FindCustomer("C3")!.Name);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("1252")]
    public void Load_LegacyEncodingGiven_TextReadCorrectly(string name)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var text = File.ReadAllText(folder.File("customers.csv")).Replace("Harbor Ltd", "Caf\u00e9 M\u00fcller");
        File.WriteAllBytes(folder.File("customers.csv"), Encoding.Latin1.GetBytes(text));
        Assert.True(ColumnMapping.TryParseEncoding(name, out var encoding));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = new ColumnMapping { Encoding = encoding } });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal("Caf\u00e9 M\u00fcller", history.FindCustomer("C3")!.Name);
    }

    [Fact]
    public void Load_Latin1WithoutTheSetting_ReadAsWindows1252WithAWarning()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("customers.csv"), File.ReadAllText(folder.File("customers.csv")).Replace("Harbor Ltd", "Caf\u00e9 M\u00fcller Ltd"), Encoding.Latin1);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("customers.csv", 1L, "(file)", "windows-1252", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.Contains("--encoding", issue.Reason);
        Assert.Equal("Caf\u00e9 M\u00fcller Ltd", history.FindCustomer("C3")!.Name);
        Assert.Equal(3, history.Quality.Files[0].RowsKept);
    }

    [Fact]
    public void Load_InvalidUtf8InAValue_LosesOnlyThatValueNamingLineAndColumn()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // C2's name spans lines 3 and 4, so C3 starts on line 5; 0xE9 (written as #) is Latin-1's é, not UTF-8. The ü
        // written in UTF-8 shows the file is UTF-8 with damaged bytes, not a legacy encoding.
        var customers = folder.File("customers.csv");
        var text = File.ReadAllText(customers).Replace("Harbor Ltd", "Caf# Ltd").Replace("Anna de Vries", "Anna M\u00fcller")
            + "C#4,Extra Ltd,SMB,NL,,,,,,,\n";
        var bytes = Encoding.UTF8.GetBytes(text).Select(b => b == (byte)'#' ? (byte)0xE9 : b).ToArray();
        File.WriteAllBytes(customers, bytes);

        var history = CollectionHistory.Load(folder.Path, Options);

        // An optional name is treated as missing and its customer kept; a required id rejects its customer.
        Assert.Equal(2, history.Quality.Issues.Count);
        var name = history.Quality.Issues.Single(i => i.Column == "name");
        Assert.Equal((5L, "Caf\uFFFD Ltd", IssueSeverity.Warning), (name.Line, name.Value, name.Severity));
        Assert.Contains("not UTF-8 text", name.Reason);
        Assert.Contains("--encoding", name.Reason);
        Assert.Null(history.FindCustomer("C3")!.Name);
        var id = history.Quality.Issues.Single(i => i.Column == "customer_id");
        Assert.Equal((6L, "C\uFFFD4", IssueSeverity.Error), (id.Line, id.Value, id.Severity));
        Assert.Equal(3, history.Quality.Files[0].RowsKept);
    }

    [Fact]
    public void Load_ReplacementCharacterWrittenAsUtf8_IsKeptAsText()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("customers.csv"), File.ReadAllText(folder.File("customers.csv")).Replace("Harbor Ltd", "Harbor \uFFFD Ltd"));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal("Harbor \uFFFD Ltd", history.FindCustomer("C3")!.Name);
    }

    [Theory]
    [InlineData("""{ "delimiter": "colon" }""", "delimiter 'colon' is not one of comma, semicolon, tab, pipe")]
    [InlineData("""{ "encoding": "klingon" }""", "encoding 'klingon' is not known")]
    [InlineData("""{ "decimal_separator": "x" }""", "decimal_separator 'x' must be")]
    [InlineData("""{ "date_format": "dd.MM.yyy" }""", "date_format 'dd.MM.yyy' must be")]
    [InlineData("""{ "date_format": "dd.MM.yyyy HH:mm" }""", "date_format 'dd.MM.yyyy HH:mm' must be")]
    [InlineData("""{ "date_format": "dd-MMMMM-yyyy" }""", "date_format 'dd-MMMMM-yyyy' must be")]
    public void FromJsonFile_BadFormatSetting_NamesTheFileAndTheSetting(string json, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.json"), json);

        var error = Assert.Throws<DataLoadException>(() => ColumnMapping.FromJsonFile(folder.File("mapping.json")));

        Assert.StartsWith(folder.File("mapping.json") + ": ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_ExcelsDelimiterLine_NamesTheDelimiterAndIsNotTheHeader()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        foreach (var file in Directory.GetFiles(folder.Path, "*.csv"))
            File.WriteAllText(file, "sep=;\n" + Redelimit(File.ReadAllText(file), ';'));
        File.AppendAllText(folder.File("invoices.csv"), "I9;C1;2025-01-05;2025-13-04;10.00;EUR\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((7L, "due_on"), (issue.Line, issue.Column));
        Assert.Equal([3L, 4L, 4L, 4L], history.Quality.Files.Select(f => f.RowsKept));
    }

    [Fact]
    public void Load_HeaderWrittenWithSpacesOrPunctuation_ColumnsFound()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv"))
            .Replace("invoice_id,customer_id,issued_on,due_on,amount", "Invoice ID,Customer-ID,IssuedOn,\"Due On\",AMOUNT"));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(new DateOnly(2025, 2, 4), history.FindInvoice("I1")!.Invoice.DueOn);
    }

    [Fact]
    public void Load_ExportsOwnWordsMapped_ReadAsTheContractsWords()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var attempts = File.ReadAllText(folder.File("contact_attempts.csv")).Replace(",phone,", ",TEL-01,").Replace(",email,", ",Mail,").Replace(",voicemail,", ",Nachricht,");
        File.WriteAllText(folder.File("contact_attempts.csv"), attempts);
        File.WriteAllText(folder.File("mapping.json"), """
            { "values": { "channel": { "tel-01": "phone", "MAIL": "email" }, "outcome": { "Nachricht": "voicemail" } } }
            """);

        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");
        var expected = CollectionHistory.Load(valid.Path, Options);
        var unmapped = CollectionHistory.Load(folder.Path, Options);
        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json")) });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(expected.ContactAttempts.Select(a => (a.Channel, a.Outcome)), history.ContactAttempts.Select(a => (a.Channel, a.Outcome)));
        // Without the mapping, Mail is the file's only word for email, so it is read so, and said once.
        var mail = Assert.Single(unmapped.Quality.Issues, i => i.Value == "Mail");
        Assert.Equal(("contact_attempts.csv", 1L, "channel", IssueSeverity.Warning), (mail.File, mail.Line, mail.Column, mail.Severity));
        Assert.StartsWith("read as email: the file's first rows name no other channel as email", mail.Reason);
        Assert.Equal(expected.ContactAttempts.Where(a => a.Channel == Channel.Email).Select(a => a.AttemptId),
            unmapped.ContactAttempts.Where(a => a.Channel == Channel.Email).Select(a => a.AttemptId));
        Assert.Contains(unmapped.Quality.Issues, i => i.Column == "channel" && i.Value == "TEL-01" && i.Reason.EndsWith("(or map the words of your export with \"values\" in the mapping file)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MailBesideAnotherWordForEmail_IsAmbiguousAndRejectedWithTheMappingLine()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var attempts = File.ReadAllText(folder.File("contact_attempts.csv"));
        var first = attempts.IndexOf(",email,", StringComparison.Ordinal);
        File.WriteAllText(folder.File("contact_attempts.csv"), attempts[..first] + ",Mail," + attempts[(first + ",email,".Length)..]);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("channel", "Mail", IssueSeverity.Error), (issue.Column, issue.Value, issue.Severity));
        Assert.EndsWith("Mail is email in some exports and a letter in others: say which in the mapping file, \"values\": { \"channel\": { \"Mail\": \"email\" } }", issue.Reason);
    }

    [Theory]
    [InlineData("""{ "values": { "segment": { "x": "SMB" } } }""", "values: 'segment' is not a word column (expected one of channel, direction, outcome)")]
    [InlineData("""{ "values": { "channel": { "Call": "telephone" } } }""", "values: channel 'Call' maps to 'telephone', which is not one of phone, email, sms, letter")]
    public void FromJsonFile_BadValues_NamesTheFileAndTheWord(string json, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.json"), json);

        var error = Assert.Throws<DataLoadException>(() => ColumnMapping.FromJsonFile(folder.File("mapping.json")));

        Assert.Equal(folder.File("mapping.json") + ": " + expected, error.Message);
    }

    [Fact]
    public void FromJsonFile_FormatSettings_Read()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.json"), """{ "delimiter": "tab", "decimal_separator": ",", "date_format": "dd.MM.yyyy", "encoding": "latin1" }""");

        var mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json"));

        Assert.Equal(('\t', ',', "dd.MM.yyyy", 28591), (mapping.Delimiter, mapping.DecimalSeparator, mapping.DateFormat, mapping.Encoding!.CodePage));
    }

    /// <summary>The same CSV with another delimiter: commas outside quoted fields become <paramref name="delimiter"/>.</summary>
    private static string Redelimit(string text, char delimiter)
    {
        var builder = new StringBuilder(text.Length);
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            builder.Append(ch == ',' && !quoted ? delimiter : ch);
        }
        return builder.ToString();
    }
}
