using System.Globalization;
using System.Text;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

public class HistoryLoaderTests
{
    private static readonly LoadOptions Options = new() { AsOf = new DateOnly(2025, 6, 30) };

    [Fact]
    public void Load_ValidFixture_KeepsEveryRowAndParsesFields()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean);
        Assert.Equal([3L, 4L, 4L, 4L], history.Quality.Files.Select(f => f.RowsKept));
        var acme = history.FindCustomer("C1")!;
        Assert.Equal("Acme, Inc.", acme.Name);
        Assert.Equal("Blue River\nFoods BV", history.FindCustomer("C2")!.Name?.ReplaceLineEndings("\n"));
        Assert.Null(history.FindCustomer("C2")!.Phone);
        Assert.Equal(Customer.DefaultPaymentTermsDays, history.FindCustomer("C3")!.PaymentTermsDays);
        Assert.True(history.FindInvoice("I4")!.Invoice.IsCreditNote);
        var promise = history.AttemptsWith("C2").Single();
        Assert.Equal(new DateOnly(2025, 3, 1), promise.PromisedOn);
        // A2 (09:45 at +01:00) happened before A1 (09:30 UTC): attempts are in time order.
        var emailed = history.AttemptsAbout("I1")[0];
        Assert.Equal(("A2", Direction.Outbound), (emailed.AttemptId, emailed.Direction));
        Assert.Equal(new DateOnly(2025, 2, 6), emailed.OccurredOn);
        Assert.Equal(TimeSpan.FromHours(1), emailed.OccurredAt.Offset);
        Assert.Equal(new DateOnly(2025, 3, 5), history.LatestDate);
    }

    [Fact]
    public void Load_Progress_IsToldFileByFileInFileOrder()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // Payments and contact attempts are read side by side; their progress must still come one file after the other.
        File.AppendAllLines(folder.File("payments.csv"), Enumerable.Range(10, 250_000).Select(i => $"P{i},C1,I1,2025-03-01,1.00"));
        File.AppendAllLines(folder.File("contact_attempts.csv"),
            Enumerable.Range(10, 250_000).Select(i => $"A{i},C1,I1,2025-02-06T09:30:00,phone,outbound,reached,COL1,,"));
        var progress = new RecordingProgress();

        CollectionHistory.Load(folder.Path, Options with { Progress = progress });

        var files = progress.Files.Where((file, i) => i == 0 || progress.Files[i - 1] != file).ToArray();
        Assert.Equal(["customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv"], files);
        // At 100,000 and 200,000 rows, and when done.
        Assert.Equal(3, progress.Files.Count(f => f == "contact_attempts.csv"));
    }

    /// <summary>Records the file of each report as it arrives (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class RecordingProgress : IProgress<LoadProgress>
    {
        public List<string> Files { get; } = [];

        public void Report(LoadProgress value)
        {
            lock (Files) Files.Add(value.File);
        }
    }

    [Fact]
    public void Load_ValidFixture_ReportsCollectionFacts()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");

        var facts = CollectionHistory.Load(folder.Path, Options).Quality.Facts;

        Assert.Equal(1, facts.CustomersWithoutPhone);
        Assert.Equal(1, facts.CustomersWithoutEmail);
        Assert.Equal(1, facts.BouncedEmails);
        Assert.Equal(1, facts.UnappliedPayments);
        Assert.Equal(75m, facts.UnappliedCash);
        Assert.Equal(1, facts.OverpaidInvoices);
        Assert.Equal(50m, facts.Overpayment);
        Assert.Equal(1, facts.CreditNotes);
    }

    [Theory]
    [InlineData("duplicate_id.invoices.csv", 6, "invoice_id", "I1", "duplicate invoice_id")]
    [InlineData("unknown_customer.invoices.csv", 6, "customer_id", "C9", "unknown customer_id")]
    [InlineData("due_before_issue.invoices.csv", 6, "due_on", "2025-02-01", "due_on is before issued_on")]
    [InlineData("due_placeholder.invoices.csv", 6, "due_on", "9999-12-31", "due_on is more than 3650 days after issued_on, longer than any payment terms; issued_on is '2025-03-01'")]
    [InlineData("unparseable_amount.invoices.csv", 6, "amount", "1,00.00", "not a number")]
    [InlineData("unparseable_date.invoices.csv", 6, "issued_on", "05/01/2025", "not a date")]
    [InlineData("impossible_date.invoices.csv", 6, "issued_on", "2025-02-30", "not a date")]
    [InlineData("huge_amount.invoices.csv", 6, "amount", "99999999999999999.00", "not plausible")]
    [InlineData("short_row.invoices.csv", 6, "amount", "", "missing field")]
    [InlineData("negative_payment.payments.csv", 6, "amount", "-20.00", "greater than zero")]
    [InlineData("unknown_invoice.payments.csv", 6, "invoice_id", "I9", "unknown invoice_id")]
    [InlineData("invoice_of_other_customer.payments.csv", 6, "invoice_id", "I2", "belongs to customer 'C1'")]
    [InlineData("unknown_channel.contact_attempts.csv", 6, "channel", "fax", "expected one of phone, email")]
    [InlineData("stray_quote.contact_attempts.csv", 6, "(row)", "\"ph\"one\"", "malformed quoting")]
    public void Load_RuleFixture_RejectsTheRowAndNamesFileLineColumnValue(string fixture, int line, string column, string value, string reason)
    {
        using var folder = FolderWith(fixture);
        var file = fixture[(fixture.IndexOf('.') + 1)..];

        var history = CollectionHistory.Load(folder.Path, Options);

        // A row can break several rules (a short row misses two fields); every issue is on that row.
        Assert.All(history.Quality.Issues, i => Assert.Equal((file, (long)line), (i.File, i.Line)));
        var issue = Assert.Single(history.Quality.Issues, i => i.Column == column);
        Assert.Equal(value, issue.Value);
        Assert.Contains(reason, issue.Reason);
        var summary = history.Quality.Files.Single(f => f.File == file);
        Assert.Equal(1, summary.RowsRejected);
        Assert.Equal(4, summary.RowsKept);
    }

    [Fact]
    public void Load_StrictMode_ThrowsOnFirstIssueWithLocation()
    {
        using var folder = FolderWith("unknown_channel.contact_attempts.csv");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options with { Strict = true }));

        Assert.Contains("contact_attempts.csv line 6, column channel, value 'fax'", error.Message);
        Assert.Equal("channel", error.Issue!.Column);
    }

    [Fact]
    public void Load_LenientMode_KeepsValidRowsAroundBadOnes()
    {
        using var folder = FolderWith("unknown_channel.contact_attempts.csv");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(4, history.ContactAttempts.Count);
        Assert.Equal(1, history.Quality.TotalIssues);
    }

    [Fact]
    public void Load_NoInvoiceReadable_NamesTheInvoicesNotTheRowsThatReferToThem()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(invoices), @"\d\d(\d\d)-(\d\d)-(\d\d)", "$3 $2 $1"));
        DropUnappliedPayment(folder);

        var history = CollectionHistory.Load(folder.Path, Options);

        // Every payment is rejected with its invoice; only the invoices failed on their own.
        Assert.Equal(0, history.Quality.Files.Single(f => f.File == "payments.csv").RowsKept);
        Assert.Equal(["invoices.csv"], history.Quality.FilesWithNothingKept);
        var error = Assert.Throws<BadDataException>(history.Quality.RequireRowsKept);
        Assert.StartsWith("no row of invoices.csv could be kept", error.Message);
        // The error met most often, shown with its first row, names the setting that reads the file.
        Assert.Matches(@"; most often \(\d+ times\) invoices.csv line 2, column issued_on, value '05 01 25': not a date .* --date-format", error.Message);
    }

    [Fact]
    public void Load_HeaderOnlyInvoices_IsNoFileWithNothingKept()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, File.ReadLines(invoices).First() + "\n");
        DropUnappliedPayment(folder);

        var history = CollectionHistory.Load(folder.Path, Options);

        // Payments name invoices the file does not hold: rejected, but the empty invoice file is the cause, not their format.
        Assert.Equal(0, history.Quality.Files.Single(f => f.File == "payments.csv").RowsKept);
        Assert.Empty(history.Quality.FilesWithNothingKept);
        history.Quality.RequireRowsKept();
    }

    // P4 names no invoice; without it every payment depends on an invoice.
    private static void DropUnappliedPayment(TempFolder folder) =>
        File.WriteAllLines(folder.File("payments.csv"), File.ReadLines(folder.File("payments.csv")).Where(l => !l.StartsWith("P4,")).ToArray());

    [Fact]
    public void Load_ColumnMapping_ReadsRenamedFilesAndColumns()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/mapped");
        var mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json"));

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = mapping });

        Assert.True(history.Quality.IsClean);
        Assert.Equal(4, history.Invoices.Count);
        Assert.Equal("Europe/Amsterdam", history.FindCustomer("C1")!.TimeZone);
        Assert.Equal(new DateOnly(2025, 2, 24), history.FindInvoice("I3")!.Invoice.DueOn);
    }

    [Fact]
    public void Load_HeadersWithUsualNames_ReadAsTheContractsColumnsAndSaid()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        RenameHeader(folder, "invoices.csv", "Invoice Number,Account Number,Invoice Date,Due Date,Invoice Amount,Currency");
        RenameHeader(folder, "payments.csv", "Receipt No,Customer Code,Invoice No,Clearing Date,Amount Paid");
        RenameHeader(folder, "contact_attempts.csv", "Activity ID,Customer ID,Invoice,Timestamp,Contact Type,Direction,Result,Agent,PTP Date,PTP Amount");
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");
        var expected = CollectionHistory.Load(valid.Path, Options);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(expected.Invoices.Select(i => i.Invoice), history.Invoices.Select(i => i.Invoice));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.Equal(expected.ContactAttempts, history.ContactAttempts);
        Assert.All(history.Quality.Issues, i => Assert.Equal((1L, IssueSeverity.Warning), (i.Line, i.Severity)));
        Assert.Equal(
            [("invoices.csv", "invoice_id", "Invoice Number"), ("invoices.csv", "customer_id", "Account Number"), ("invoices.csv", "issued_on", "Invoice Date"),
             ("invoices.csv", "due_on", "Due Date"), ("invoices.csv", "amount", "Invoice Amount"),
             ("payments.csv", "payment_id", "Receipt No"), ("payments.csv", "customer_id", "Customer Code"), ("payments.csv", "invoice_id", "Invoice No"),
             ("payments.csv", "paid_on", "Clearing Date"), ("payments.csv", "amount", "Amount Paid"),
             ("contact_attempts.csv", "attempt_id", "Activity ID"), ("contact_attempts.csv", "invoice_id", "Invoice"),
             ("contact_attempts.csv", "occurred_at", "Timestamp"), ("contact_attempts.csv", "channel", "Contact Type"),
             ("contact_attempts.csv", "outcome", "Result"), ("contact_attempts.csv", "collector_id", "Agent"),
             ("contact_attempts.csv", "promised_on", "PTP Date"), ("contact_attempts.csv", "promised_amount", "PTP Amount")],
            history.Quality.Issues.Select(i => (i.File, i.Column, i.Value)));
    }

    [Fact]
    public void Load_PaymentsWrittenAsNegativeAmounts_ReadWithoutTheSignAndSaid()
    {
        // Ledgers and cash-receipt journals credit the customer's account: a receipt of 400.00 is written -400.00.
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"), File.ReadAllText(folder.File("payments.csv")).Replace(",400.00", ",-400.00")
            .Replace(",600.00", ",-600.00").Replace(",2050.00", ",-2050.00").Replace(",75.00", ",-75.00"));
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");
        var expected = CollectionHistory.Load(valid.Path, Options);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(expected.Payments, history.Payments);
        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("payments.csv", 1L, "(file)", "-400.00", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("payments written as negative amounts, as a ledger credits the customer's account: read without the sign", issue.Reason);
    }

    [Fact]
    public void Load_PaymentsMostlyNegative_APositiveAmountIsMoneyPaidOutAndRejected()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"), File.ReadAllText(folder.File("payments.csv")).Replace(",400.00", ",-400.00")
            .Replace(",600.00", ",-600.00").Replace(",2050.00", ",-2050.00"));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal([("P1", 400.00m), ("P2", 600.00m), ("P3", 2050.00m)], history.Payments.Select(p => (p.PaymentId, p.Amount)));
        Assert.Equal([(1L, "(file)", "-400.00"), (5L, "amount", "75.00")], history.Quality.Issues.Select(i => (i.Line, i.Column, i.Value)));
        Assert.Contains("money paid out (a refund or a reversal), not a payment received", history.Quality.Issues[1].Reason);
    }

    [Theory]
    [InlineData("Rechnungsnummer,Kundennummer,Rechnungsdatum,Fälligkeitsdatum,Rechnungsbetrag,Währung",
        "Zahlungsnummer,Kunden-Nr.,Rechnungs-Nr.,Zahlungsdatum,Zahlungsbetrag")]
    [InlineData("Factuurnummer,Klantnummer,Factuurdatum,Vervaldatum,Bedrag,Valuta", "Betalingsnummer,Debiteurnummer,Factuur nr,Betaaldatum,Bedrag")]
    [InlineData("Numéro de facture,Code client,Date de facture,Date d'échéance,Montant TTC,Devise",
        "Numéro de règlement,Numéro client,N° facture,Date de règlement,Montant payé")]
    // As report writers name columns: a unit in brackets, # for number, abbreviations.
    [InlineData("Invoice #,Customer #,Invoice Date,Due Date (yyyy-mm-dd),Amount (EUR),Currency Code", "Payment #,Cust ID,Inv No,Pmt Date,Amt")]
    [InlineData("Inv Number,Cust No,Inv Date,Due Date [ISO],Invoice Amt,Currency Code", "Receipt #,Customer #,Invoice #,Payment Date,Amount (USD)")]
    public void Load_HeadersInOtherLanguagesOrAsReportsNameThem_ReadAsTheContractsColumns(string invoicesHeader, string paymentsHeader)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        RenameHeader(folder, "invoices.csv", invoicesHeader);
        RenameHeader(folder, "payments.csv", paymentsHeader);
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");
        var expected = CollectionHistory.Load(valid.Path, Options);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.All(history.Quality.Issues, i => Assert.Equal((1L, IssueSeverity.Warning), (i.Line, i.Severity)));
        Assert.Equal(invoicesHeader.Split(',').Concat(paymentsHeader.Split(',')),
            history.Quality.Issues.Select(i => i.Value));
    }

    [Theory]
    [InlineData("Invoice Number,customer_id,issued_on,due_on,amount,Document Number", "invoice_id")]
    [InlineData("invoice_id,customer_id,issued_on,due_on,Amount (EUR),Amount (local)", "amount")]
    public void Load_TwoHeadersWithUsualNames_ReadsNeitherAndSaysSo(string header, string column)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        RenameHeader(folder, "invoices.csv", header);

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.StartsWith($"invoices.csv line 1: required column '{column}' is missing", error.Message);
    }

    [Fact]
    public void Load_MappingNamesTheColumn_UsualNameNotRead()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        RenameHeader(folder, "invoices.csv", "Reference,customer_id,issued_on,due_on,amount,Invoice Number");
        var mapping = new ColumnMapping
        {
            Columns = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["invoices"] = new Dictionary<string, string> { ["invoice_id"] = "Reference" } },
        };

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = mapping });

        Assert.Empty(history.Quality.Issues);
        Assert.NotNull(history.FindInvoice("I1"));
    }

    /// <summary>The valid fixture, loaded with <paramref name="find"/> (which it must hold) replaced in <paramref name="file"/>.</summary>
    private static CollectionHistory LoadFixtureWith(string file, string find, string replace)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var text = File.ReadAllText(folder.File(file));
        Assert.Contains(find, text);
        File.WriteAllText(folder.File(file), text.Replace(find, replace));
        return CollectionHistory.Load(folder.Path, Options);
    }

    /// <summary>The fixture with its invoices file written without the due_on column, as an invoice register may give it.</summary>
    private static TempFolder FixtureWithoutDueDates()
    {
        var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var lines = File.ReadAllLines(folder.File("invoices.csv"));
        var at = Array.IndexOf(lines[0].Split(','), "due_on");
        File.WriteAllLines(folder.File("invoices.csv"), lines.Select(line => string.Join(',', line.Split(',').Where((_, i) => i != at))));
        return folder;
    }

    [Fact]
    public void Load_InvoicesWithoutADueDateColumn_DueTheCustomersTermsAfterIssueWithAWarning()
    {
        using var valid = TempFolder.CopyOf("Loading/Fixtures/valid");
        using var folder = FixtureWithoutDueDates();
        var expected = CollectionHistory.Load(valid.Path, Options);

        var history = CollectionHistory.Load(folder.Path, Options);

        // The fixture's due dates are its customers' terms after issue: 30 and 45 days, and 30 for C3, which gives none.
        Assert.Equal(expected.Invoices.Select(i => i.Invoice), history.Invoices.Select(i => i.Invoice));
        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("invoices.csv", 1L, "due_on", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Severity));
        Assert.StartsWith("no due_on column: each invoice is due its customer's payment_terms_days after its issue date (30 where a customer has none)", issue.Reason);
    }

    [Fact]
    public void Load_WithoutDueDatesAnInvoiceIssuedAtTheCalendarsEnd_IsRejectedNotACrash()
    {
        using var folder = FixtureWithoutDueDates();
        File.AppendAllText(folder.File("invoices.csv"), "I9,C1,9999-12-30,10.00,EUR\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((6L, "due_on"), (issue.Line, issue.Column));
        Assert.Equal("no due date: 30 days of payment terms after issued_on '9999-12-30' is past the calendar's end", issue.Reason);
        Assert.Null(history.FindInvoice("I9"));
        Assert.Equal(4, history.Invoices.Count);
    }

    [Fact]
    public void Load_NeitherDueDatesNorTerms_InvoicesDueTheDefaultTermsAfterIssueAndSaidSo()
    {
        using var folder = FixtureWithoutDueDates();
        File.WriteAllText(folder.File("customers.csv"), "customer_id,name\nC1,Acme\nC2,Blue River\nC3,Harbor\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(new DateOnly(2025, 2, 9), history.FindInvoice("I3")!.Invoice.DueOn);
        Assert.Contains(history.Quality.Issues, i => i.Column == "due_on"
            && i.Reason.StartsWith("no due_on column, and no payment terms in customers.csv: each invoice is due 30 days after its issue date, the default terms", StringComparison.Ordinal));
    }

    private static void RenameHeader(TempFolder folder, string file, string header)
    {
        var lines = File.ReadAllLines(folder.File(file));
        Assert.Equal(header.Split(',').Length, lines[0].Split(',').Length);
        File.WriteAllLines(folder.File(file), [header, .. lines[1..]]);
    }

    [Theory]
    [InlineData("invoices", "amount", "Betrag", "invoices.csv line 1: required column 'Betrag' (mapped from 'amount') is missing")]
    // An optional column the mapping names must be there too: the mapping says it is.
    [InlineData("customers", "contact_name", "Ansprechpartner", "customers.csv line 1: column 'Ansprechpartner' (mapped from 'contact_name') is missing")]
    public void Load_MappingToAbsentColumn_FailsNamingBothNames(string entity, string column, string source, string expected)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var mapping = new ColumnMapping
        {
            Columns = new Dictionary<string, IReadOnlyDictionary<string, string>> { [entity] = new Dictionary<string, string> { [column] = source } },
        };

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options with { Mapping = mapping }));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Load_MappingReadingTwoColumnsFromOne_FailsNamingBoth()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var mapping = new ColumnMapping
        {
            Columns = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["invoices"] = new Dictionary<string, string> { ["issued_on"] = "due_on" } },
        };

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options with { Mapping = mapping }));

        Assert.Equal("invoices.csv line 1: columns issued_on and due_on are both read from 'due_on' (field 4); map each to its own column in the mapping file's \"columns\"",
            error.Message);
    }

    [Theory]
    [InlineData("""{ "colums": { "invoices": { "amount": "Betrag" } } }""", "unknown key 'colums' (expected files, columns, values,")]
    [InlineData("""{ "columns": { "invoices": { "invoice_nr": "Rechnung" } } }""", "columns: invoices has no column 'invoice_nr' (its columns: invoice_id,")]
    public void FromJsonFile_MisspeltKeyOrColumn_FailsNamingIt(string json, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.json"), json);

        var error = Assert.Throws<DataLoadException>(() => ColumnMapping.FromJsonFile(folder.File("mapping.json")));

        Assert.StartsWith($"{folder.File("mapping.json")}: {expected}", error.Message);
    }

    [Fact]
    public void FromJsonFile_SavedAsUtf16OrLatin1_ReadOrRefusedSayingSo()
    {
        using var folder = new TempFolder();
        const string json = """{ "columns": { "customers": { "name": "Größe" } } }""";
        File.WriteAllText(folder.File("unicode.json"), json, System.Text.Encoding.Unicode);
        File.WriteAllBytes(folder.File("latin1.json"), System.Text.Encoding.Latin1.GetBytes(json));

        Assert.Equal("Größe", ColumnMapping.FromJsonFile(folder.File("unicode.json")).SourceColumn("customers", "name"));
        var error = Assert.Throws<DataLoadException>(() => ColumnMapping.FromJsonFile(folder.File("latin1.json")));
        Assert.StartsWith($"{folder.File("latin1.json")}: the column mapping file is not UTF-8 text", error.Message);
    }

    [Fact]
    public void Load_HeaderNamesInOtherCaseAndOrder_AreMatched()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), "Amount,INVOICE_ID,Customer_Id,due_on,issued_on,extra\n100.00,I9,C1,2025-02-04,2025-01-05,ignored\n");

        var history = CollectionHistory.Load(folder.Path, Options with { Strict = false });

        Assert.Equal(100m, history.FindInvoice("I9")!.Invoice.Amount);
    }

    [Fact]
    public void Load_FolderNamedAsAFile_FailsSayingItIsAFolder()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Delete(folder.File("payments.csv"));
        Directory.CreateDirectory(folder.File("payments.csv"));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.EndsWith("payments.csv: a folder, not a file; the data folder needs the file payments.csv in it", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Delete(folder.File("payments.csv"));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains("payments.csv: file not found (every data folder needs", error.Message);
    }

    [Theory]
    [InlineData("payments.xlsx", "payments.csv: file not found; there is payments.xlsx: save it as CSV (in Excel: Save As, CSV UTF-8) (every")]
    [InlineData("Payments.dat", "payments.csv: file not found; there is Payments.dat: if it is this file, name it in a mapping file's \"files\" (every")]
    public void Load_MissingFileBesideOneOfAnotherExtension_SaysWhatToDoWithIt(string other, string expected)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Move(folder.File("payments.csv"), folder.File(other));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, ".xlsx")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, ".xls")]
    public void Load_WorkbookSavedUnderACsvName_FailsSayingToSaveItAsCsv(byte[] firstBytes, string kind)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllBytes(folder.File("invoices.csv"), [.. firstBytes, .. new byte[100]]);

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Equal($"invoices.csv: an Excel workbook ({kind}), not CSV text: save it as CSV (in Excel: Save As, CSV UTF-8)", error.Message);
    }

    [Fact]
    public void Load_FileNamedInOtherCase_FoundAndNamedAsOnDisk()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Move(folder.File("customers.csv"), folder.File("Customers.CSV"));
        File.AppendAllText(folder.File("Customers.CSV"), "C4,Fourth,SMB,528\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(4, history.Customers.Count);
        Assert.Equal(("Customers.CSV", 6L), (history.Quality.Issues.Single().File, history.Quality.Issues.Single().Line));
    }

    [Fact]
    public void Load_NoContactLog_TheHeaderTheMessageNamesStandsForNone()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Delete(folder.File("contact_attempts.csv"));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));
        var header = System.Text.RegularExpressions.Regex.Match(error.Message, "only the header row (\\S+) stands for none").Groups[1].Value;
        File.WriteAllText(folder.File("contact_attempts.csv"), header + "\n");
        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal("attempt_id,customer_id,occurred_at,channel", header);
        Assert.Empty(history.ContactAttempts);
        Assert.Equal(4, history.Invoices.Count);
    }

    /// <summary>
    /// A flat AR export, as public samples and many ledgers give it: one row per invoice with its customer and the date
    /// it was settled (empty while open), read as customers, invoices and payments through the mapping.
    /// </summary>
    private static TempFolder FlatExport(string rows)
    {
        var folder = new TempFolder();
        File.WriteAllText(folder.File("ar.csv"), FlatHeader + "\n" + rows);
        File.WriteAllText(folder.File("contact_attempts.csv"), "attempt_id,customer_id,occurred_at,channel\n");
        File.WriteAllText(folder.File("mapping.json"), """
            { "files": { "customers": "ar.csv", "invoices": "ar.csv", "payments": "ar.csv" },
              "columns": {
                "customers": { "customer_id": "customerID", "country": "countryCode" },
                "invoices": { "invoice_id": "invoiceNumber", "customer_id": "customerID", "issued_on": "InvoiceDate", "due_on": "DueDate", "amount": "InvoiceAmount" },
                "payments": { "payment_id": "invoiceNumber", "invoice_id": "invoiceNumber", "customer_id": "customerID", "paid_on": "SettledDate", "amount": "InvoiceAmount" } },
              "date_format": "M/d/yyyy" }
            """);
        return folder;
    }

    [Fact]
    public void Load_FlatExport_OneCustomerPerIdOpenInvoicesUnpaidAndNoIssue()
    {
        using var folder = FlatExport("US,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\nUS,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n"
            + "GB,8976-AMJEO,9231909,7/3/2013,8/2/2013,65.88,7/8/2013\nGB,8976-AMJEO,9231910,7/9/2013,8/8/2013,-20.00,7/9/2013\n");

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json")) });

        Assert.True(history.Quality.IsClean, string.Join("\n", history.Quality.Issues));
        Assert.Equal(["ar.csv (customers)", "ar.csv (invoices)", "ar.csv (payments)", "contact_attempts.csv"], history.Quality.Files.Select(f => f.File));
        Assert.All(history.Quality.Files, f => Assert.Equal(0, f.RowsRejected));
        Assert.Equal(["0379-NEVHP", "8976-AMJEO"], history.Customers.Select(c => c.CustomerId));
        Assert.Equal(new DateOnly(2013, 1, 15), history.FindInvoice("611365")!.SettledOn);
        Assert.Null(history.FindInvoice("7900770")!.SettledOn);
        Assert.Equal(-20m, history.FindInvoice("9231910")!.Invoice.Amount);
        Assert.Equal(2, history.Payments.Count);
    }

    [Fact]
    public void Load_FlatExportWithAShortMapping_UsualNamesAndTheDatesOwnOrderReadTheRest()
    {
        using var folder = FlatExport("US,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\nUS,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n");
        using var full = FlatExport("US,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\nUS,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n");
        // Only what no usual name gives: the files, and the payment's id and amount (both the invoice's here).
        File.WriteAllText(folder.File("mapping.json"), """
            { "files": { "customers": "ar.csv", "invoices": "ar.csv", "payments": "ar.csv" },
              "columns": { "payments": { "payment_id": "invoiceNumber", "amount": "InvoiceAmount" } } }
            """);
        var expected = CollectionHistory.Load(full.Path, Options with { Mapping = ColumnMapping.FromJsonFile(full.File("mapping.json")) });

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json")) });

        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.Equal("611365", history.Payments.Single().InvoiceId);
        Assert.Equal(
            ["dates read as M/d/yyyy", "ustomers) country countryCode", "invoices) invoice_id invoiceNumber", "invoices) issued_on InvoiceDate", "invoices) due_on DueDate",
             "invoices) amount InvoiceAmount", "payments) invoice_id invoiceNumber", "payments) paid_on SettledDate"],
            history.Quality.Issues.Select(i => i.Column == "(file)" ? i.Reason[..22] : $"{i.File[^9..]} {i.Column} {i.Value}").Distinct());
    }

    [Fact]
    public void Load_FlatExportCustomerWithOtherDetailsOnALaterRow_WarnsAndKeepsTheFirst()
    {
        using var folder = FlatExport("US,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\nGB,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n");

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json")) });

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("ar.csv (customers)", 3L, "customer_id", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Severity));
        Assert.Contains("repeated with other customer details", issue.Reason);
        Assert.Equal("US", Assert.Single(history.Customers).Country);
        Assert.Equal(2, history.Invoices.Count);
    }

    [Fact]
    public void Load_FlatExportCustomerWithAnUnusableValueOnEveryRow_WarnsOnItsFirstRowOnly()
    {
        // The public AR sample writes numeric country codes, repeated on each of a customer's invoices.
        using var folder = FlatExport("391,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\n391,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n"
            + "US,8976-AMJEO,9231909,7/3/2013,8/2/2013,65.88,7/8/2013\n406,8976-AMJEO,9231910,7/9/2013,8/8/2013,20.00,7/9/2013\n");

        var history = CollectionHistory.Load(folder.Path, Options with { Mapping = ColumnMapping.FromJsonFile(folder.File("mapping.json")) });

        // The first customer's second row says nothing new; the second customer's does: its country is unusable there.
        Assert.Equal([(2L, "country"), (5L, "customer_id")], history.Quality.Issues.Select(i => (i.Line, i.Column)));
        Assert.All(history.Quality.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Equal([null, "US"], history.Customers.Select(c => c.Country));
    }

    private const string FlatHeader = "countryCode,customerID,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,SettledDate";

    private const string FlatRows = "US,0379-NEVHP,611365,1/2/2013,2/1/2013,55.94,1/15/2013\nUS,0379-NEVHP,7900770,1/26/2013,2/25/2013,61.74,\n"
        + "GB,8976-AMJEO,9231909,7/3/2013,8/2/2013,65.88,7/8/2013\n";

    /// <summary>The flat export of <see cref="FlatExport"/> alone in a folder, without a mapping or a contact log.</summary>
    private static TempFolder FlatExportAlone(string header, string rows)
    {
        var folder = new TempFolder();
        File.WriteAllText(folder.File("ar.csv"), header + "\n" + rows);
        return folder;
    }

    [Fact]
    public void Load_FolderWithOneFlatExportAlone_ReadAsItsFullMappingReadsIt()
    {
        using var mapped = FlatExport(FlatRows);
        using var alone = FlatExportAlone(FlatHeader, FlatRows);
        var expected = CollectionHistory.Load(mapped.Path, Options with { Mapping = ColumnMapping.FromJsonFile(mapped.File("mapping.json")) });

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.Equal(expected.Customers, history.Customers);
        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.Empty(history.ContactAttempts);
        Assert.Equal(["ar.csv (customers)", "ar.csv (invoices)", "ar.csv (payments)", "contact_attempts.csv (none)"], history.Quality.Files.Select(f => f.File));
        var flat = history.Quality.Issues[0];
        Assert.Equal(("ar.csv", 1L, "(file)", IssueSeverity.Warning), (flat.File, flat.Line, flat.Column, flat.Severity));
        Assert.StartsWith("read as one flat export of invoices", flat.Reason);
        // Only the flat reading, the date order and the usual names (the country code one of them) are warned of.
        Assert.Equal(["(file)", "country", "invoice_id", "issued_on", "due_on", "amount", "paid_on"], history.Quality.Issues.Select(i => i.Column).Distinct());
        // The date order is the file's: said once, not for each entity read from it.
        Assert.Equal("ar.csv (customers)", Assert.Single(history.Quality.Issues, i => i.Reason.StartsWith("dates read as M/d/yyyy", StringComparison.Ordinal)).File);
    }

    [Fact]
    public void Load_FlatExportBesideAContactLog_ReadsBothAsTheMappingDoes()
    {
        // A ledger's export beside a CRM's activities, which name the ledger's customers and invoices.
        const string attempts = "attempt_id,customer_id,invoice_id,occurred_at,channel,outcome\nA1,0379-NEVHP,7900770,2013-03-01T10:00:00,phone,reached\n"
            + "A2,8976-AMJEO,,2013-07-20T09:00:00,email,sent\n";
        using var mapped = FlatExport(FlatRows);
        File.WriteAllText(mapped.File("contact_attempts.csv"), attempts);
        using var alone = FlatExportAlone(FlatHeader, FlatRows);
        File.WriteAllText(alone.File("contact_attempts.csv"), attempts);
        var expected = CollectionHistory.Load(mapped.Path, Options with { Mapping = ColumnMapping.FromJsonFile(mapped.File("mapping.json")) });

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.Equal(expected.ContactAttempts, history.ContactAttempts);
        Assert.Equal(2, history.ContactAttempts.Count);
        Assert.Equal("contact_attempts.csv", history.Quality.Files[^1].File);
        Assert.DoesNotContain("no contact log", history.Quality.Issues[0].Reason);
    }

    [Fact]
    public void Load_DataPathNamesTheFlatExport_SameAsItsFolder()
    {
        using var alone = FlatExportAlone(FlatHeader, FlatRows);
        File.WriteAllText(alone.File("notes.txt"), "a second text file: the folder alone is no longer one flat export");
        using var folder = FlatExportAlone(FlatHeader, FlatRows);
        var expected = CollectionHistory.Load(folder.Path, Options);

        var history = CollectionHistory.Load(alone.File("ar.csv"), Options);

        Assert.Equal(expected.Invoices.Select(i => (i.Invoice, i.SettledOn)), history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(expected.Payments, history.Payments);
        Assert.Contains("customers.csv: file not found", Assert.Throws<DataLoadException>(() => CollectionHistory.Load(alone.Path, Options)).Message);
    }

    [Fact]
    public void Load_FlatExportShapedLikeAPublicSapArSample_ReadWithoutAMapping()
    {
        // The columns of a widely shared SAP accounts-receivable extract, written by pandas: ids and yyyyMMdd dates as
        // floats, the clearing date as a date-time, empty while the invoice is open. Ids are kept as written.
        using var alone = FlatExportAlone(
            "business_code,cust_number,name_customer,clear_date,buisness_year,doc_id,posting_date,document_create_date,document_create_date.1,"
            + "due_in_date,invoice_currency,document type,posting_id,area_business,total_open_amount,baseline_create_date,cust_payment_terms,invoice_id,isOpen",
            "U001,0200769623,WAL-MAR corp,2013-02-11 00:00:00,2013.0,1930438491.0,2013-01-26,20130125,20130126,20130210.0,USD,RV,1.0,,54273.28,20130126.0,NAH4,1930438491.0,0\n"
            + "CA02,0140105686,SYSC llc,,2013.0,2960623488.0,2013-03-30,20130330,20130330,20130410.0,CAD,RV,1.0,,2309.79,20130331.0,CA10,2960623488.0,1\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.Equal(0, history.Quality.RowsRejected);
        Assert.All(history.Quality.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Equal([("0200769623", "WAL-MAR corp"), ("0140105686", "SYSC llc")], history.Customers.Select(c => (c.CustomerId, c.Name)));
        Assert.Equal(
            [
                (new Invoice("1930438491.0", "0200769623", new DateOnly(2013, 1, 25), new DateOnly(2013, 2, 10), 54273.28m, "USD"), (DateOnly?)new DateOnly(2013, 2, 11)),
                (new Invoice("2960623488.0", "0140105686", new DateOnly(2013, 3, 30), new DateOnly(2013, 4, 10), 2309.79m, "CAD"), null),
            ],
            history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(54273.28m, Assert.Single(history.Payments).Amount);
    }

    [Fact]
    public void Load_FlatExportWithOracleReceivablesNames_ReadWithoutAMapping()
    {
        using var alone = FlatExportAlone("Customer Account Number,Customer Name,Transaction Number,Transaction Date,Due Date,Original Amount,Receipt Date",
            "1001,Acme,INV-1,2025-01-05,2025-02-04,1000.00,2025-02-10\n1001,Acme,INV-2,2025-02-05,2025-03-07,500.00,\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.Equal(0, history.Quality.RowsRejected);
        Assert.Equal(
            [
                (new Invoice("INV-1", "1001", new DateOnly(2025, 1, 5), new DateOnly(2025, 2, 4), 1000m), (DateOnly?)new DateOnly(2025, 2, 10)),
                (new Invoice("INV-2", "1001", new DateOnly(2025, 2, 5), new DateOnly(2025, 3, 7), 500m), null),
            ],
            history.Invoices.Select(i => (i.Invoice, i.SettledOn)));
    }

    [Fact]
    public void Load_FlatExportWithAPaidAmount_PaymentsReadIt()
    {
        using var alone = FlatExportAlone("Customer Number,Invoice Number,Invoice Date,Due Date,Invoice Amount,Clearing Date,Amount Paid",
            "C1,I1,2013-01-02,2013-02-01,100.00,2013-01-15,40.00\nC1,I2,2013-01-26,2013-02-25,61.74,,\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        var payment = Assert.Single(history.Payments);
        Assert.Equal(("I1", "I1", 40.00m), (payment.PaymentId, payment.InvoiceId, payment.Amount));
        Assert.Null(history.FindInvoice("I1")!.SettledOn);
    }

    private const string PaymentLinesHeader = "Customer Number,Invoice Number,Invoice Date,Due Date,Invoice Amount,Clearing Date,Amount Paid";

    [Fact]
    public void Load_FlatExportListingAnInvoicePaidInPartsOncePerPayment_ReadsEachPaymentAndTheInvoiceOnce()
    {
        using var alone = FlatExportAlone(PaymentLinesHeader, "C1,I1,2013-01-02,2013-02-01,100.00,2013-01-15,40.00\n"
            + "C1,I2,2013-01-26,2013-02-25,61.74,,\nC1,I1,2013-01-02,2013-02-01,100.00,2013-02-10,35.00\nC1,I1,2013-01-02,2013-02-01,100.00,2013-02-20,25.00\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.DoesNotContain(history.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(["I1", "I2"], history.Invoices.Select(i => i.Invoice.InvoiceId));
        Assert.Equal([("I1", "I1", 40.00m), ("I1#2", "I1", 35.00m), ("I1#3", "I1", 25.00m)],
            history.Payments.Select(p => (p.PaymentId, p.InvoiceId, p.Amount)));
        Assert.Equal(new DateOnly(2013, 2, 20), history.FindInvoice("I1")!.SettledOn);
        Assert.Equal([(4L, 4L), (4L, 4L)], history.Quality.Files.Skip(1).Take(2).Select(f => (f.RowsRead, f.RowsKept)));
    }

    [Fact]
    public void Load_FlatExportWhoseFirstLineOfAnInvoiceIsRejected_RejectsThatLinesPaymentWithIt()
    {
        using var alone = FlatExportAlone(PaymentLinesHeader, "C1,I1,2013-01-02,2012-02-01,100.00,2013-01-15,40.00\n"
            + "C1,I1,2013-01-02,2013-02-01,100.00,2013-02-10,60.00\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.Equal([(2L, "due_on"), (2L, "invoice_id")],
            history.Quality.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => (i.Line, i.Column)));
        var payment = Assert.Single(history.Payments);
        Assert.Equal(("I1", 60.00m), (payment.InvoiceId, payment.Amount));
    }

    [Fact]
    public void Load_FlatExportWithMySqlsZeroDateForNoSettlement_ReadsTheInvoiceAsOpen()
    {
        using var alone = FlatExportAlone(PaymentLinesHeader, "C1,I1,2013-01-02,2013-02-01,100.00,0000-00-00,0.00\n"
            + "C1,I2,2013-01-26,2013-02-25,61.74,2013-03-01,61.74\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        Assert.DoesNotContain(history.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Null(history.FindInvoice("I1")!.SettledOn);
        Assert.Equal("I2", Assert.Single(history.Payments).InvoiceId);
    }

    [Theory]
    // A line exported twice: the invoice is the same, the payment a duplicate.
    [InlineData(PaymentLinesHeader, "C1,I1,2013-01-02,2013-02-01,100.00,2013-01-15,40.00", "ar.csv (payments) line 3, column payment_id, value 'I1': duplicate payment_id")]
    // Another invoice under a number already given.
    [InlineData(PaymentLinesHeader, "C1,I1,2013-03-02,2013-04-01,70.00,2013-04-15,70.00", "ar.csv (invoices) line 3, column invoice_id, value 'I1': duplicate invoice_id")]
    // Without a paid amount, each row pays its invoice in full: a second settlement date is a conflict, not a payment.
    [InlineData("Customer Number,Invoice Number,Invoice Date,Due Date,Invoice Amount,Clearing Date",
        "C1,I1,2013-01-02,2013-02-01,100.00,2013-02-10", "ar.csv (payments) line 3, column payment_id, value 'I1': duplicate payment_id")]
    public void Load_FlatExportRepeatingAnInvoiceNumberOtherwise_RejectsTheRepeatAsADuplicate(string header, string repeat, string expected)
    {
        var first = header.EndsWith("Amount Paid", StringComparison.Ordinal)
            ? "C1,I1,2013-01-02,2013-02-01,100.00,2013-01-15,40.00" : "C1,I1,2013-01-02,2013-02-01,100.00,2013-01-15";
        using var alone = FlatExportAlone(header, first + "\n" + repeat + "\n");

        var history = CollectionHistory.Load(alone.Path, Options);

        // The repeat's line only: its payment too where its invoice was rejected.
        var errors = history.Quality.Issues.Where(i => i.Severity == IssueSeverity.Error).ToArray();
        Assert.StartsWith(expected, errors[0].ToString(), StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Equal(3, e.Line));
        Assert.Equal(("I1", 100.00m), (Assert.Single(history.Invoices).Invoice.InvoiceId, history.Invoices[0].Invoice.Amount));
        Assert.Equal(new DateOnly(2013, 1, 15), Assert.Single(history.Payments).PaidOn);
    }

    [Theory]
    // A list of customers; an open-items list, without settlement dates.
    [InlineData("customer_id,name,segment", "C1,Acme,smb", "ar.csv (invoices) line 1: required column 'invoice_id' is missing")]
    [InlineData("Customer Number,Invoice Number,Invoice Date,Due Date,Invoice Amount", "C1,I1,2013-01-02,2013-02-01,100.00",
        "ar.csv (payments) line 1: required column 'paid_on' is missing")]
    public void Load_FolderWithOneFileThatIsNoFlatExport_FailsSayingWhyItWasReadSo(string header, string row, string expected)
    {
        using var alone = FlatExportAlone(header, row + "\n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(alone.Path, Options));

        Assert.StartsWith(expected, error.Message);
        Assert.EndsWith("(ar.csv was read as one flat export of invoices: the data folder holds none of customers.csv, invoices.csv, payments.csv "
            + "and contact_attempts.csv, and no other data file)", error.Message);
    }

    [Fact]
    public void Load_DataPathNamesAFileWhileTheMappingNamesFiles_Fails()
    {
        using var mapped = FlatExport(FlatRows);
        var options = Options with { Mapping = ColumnMapping.FromJsonFile(mapped.File("mapping.json")) };

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(mapped.File("ar.csv"), options));

        Assert.Contains("the mapping file's \"files\" names the files of a data folder", error.Message);
    }

    [Fact]
    public void Load_MissingFolder_Fails()
    {
        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load("/no/such/folder", Options));

        Assert.Contains("data folder not found", error.Message);
    }

    [Fact]
    public void Load_EmptyFile_FailsAskingForHeader()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), "");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains("invoices.csv: the file is empty", error.Message);
    }

    [Fact]
    public void Load_HeaderOnlyFile_LoadsNoRows()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("contact_attempts.csv"), "attempt_id,customer_id,invoice_id,occurred_at,channel\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Empty(history.ContactAttempts);
        Assert.True(history.Quality.IsClean);
    }

    [Theory]
    [InlineData(2)] // the first rows joined onto the header, the rest on lines of their own
    [InlineData(4)] // every line break lost: the header line is the whole file of four payments
    public void Load_RowsJoinedOntoTheHeaderLine_FailsRatherThanLoseThem(int joined)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var lines = File.ReadAllLines(folder.File("payments.csv"));
        File.WriteAllLines(folder.File("payments.csv"), [string.Join(",", lines[..(joined + 1)]), .. lines[(joined + 1)..]]);

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Equal($"payments.csv line 1: the header holds {joined} dates besides the column names, such as '2025-02-10' in field 9: "
            + "rows are joined onto the header line, as where a file's line breaks are lost; export the file again with one row per line", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredColumnOfAVeryWideHeader_ListsItsFirstNamesOnly()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"),
            string.Join(",", ["payment_id", "customer_id", "paid_on", .. Enumerable.Range(1, 100).Select(i => $"note {i} " + new string('x', 100))]) + "\n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains($"the header has: payment_id, customer_id, paid_on, note 1 {new string('x', 70)}..., note 2 ", error.Message);
        Assert.Contains($", note 27 {new string('x', 69)}..., ... (73 more);", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredColumn_FailsListingTheHeader()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"), "payment_id,customer_id,paid_on\nP1,C1,2025-01-01\n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.Contains("required column 'amount' is missing; the header has: payment_id, customer_id, paid_on", error.Message);
        Assert.EndsWith("name that column in a mapping file (--mapping; see data-samples/README.md)", error.Message);
    }

    [Fact]
    public void Load_ReferenceToAnIdWrittenAnotherWay_ReadAsTheOneIdItCanBeWithAWarning()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("customers.csv"), ["00042,Zero Ltd,SMB,NL,,,,,,,", "7,Seven Ltd,SMB,NL,,,,,,,", "0099,A Ltd,SMB,NL,,,,,,,", "099,B Ltd,SMB,NL,,,,,,,"]);
        File.AppendAllLines(folder.File("invoices.csv"),
            ["I11,42,2025-01-01,2025-01-31,100.00,EUR", "I12,43,2025-01-01,2025-01-31,100.00,EUR", "I13,c1,2025-01-01,2025-01-31,100.00,EUR",
             "I14,7.0,2025-01-01,2025-01-31,100.00,EUR", "I15,7.5,2025-01-01,2025-01-31,100.00,EUR", "I16,99,2025-01-01,2025-01-31,100.00,EUR"]);
        File.AppendAllLines(folder.File("payments.csv"), ["P11,C1,i2,2025-03-01,50.00"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(
            [("42", IssueSeverity.Warning, "not in customers.csv as written; read as the same id with other leading zeros (a spreadsheet drops them), '00042'"),
             ("43", IssueSeverity.Error, "unknown customer_id (not in customers.csv)"),
             ("c1", IssueSeverity.Warning, "not in customers.csv as written; read as the same id in other letter case, 'C1'"),
             ("7.0", IssueSeverity.Warning, "not in customers.csv as written; read as the same id as a whole number, without a decimal point (pandas writes 123 as 123.0 in a column with gaps), '7'"),
             ("7.5", IssueSeverity.Error, "unknown customer_id (not in customers.csv)"),
             // 0099 and 099 are both 99 written another way: which is meant cannot be told.
             ("99", IssueSeverity.Error, "unknown customer_id (not in customers.csv)"),
             ("i2", IssueSeverity.Warning, "not in invoices.csv as written; read as the same id in other letter case, 'I2'")],
            history.Quality.Issues.Select(i => (i.Value, i.Severity, i.Reason)));
        Assert.Equal(["00042", "C1", "7"], new[] { "I11", "I13", "I14" }.Select(id => history.FindInvoice(id)!.Invoice.CustomerId));
        Assert.Equal("I2", history.Payments.Single(p => p.PaymentId == "P11").InvoiceId);
    }

    [Fact]
    public void Load_DatabaseExportWritingNullForNoValue_KeepsTheRowsAsIfEmpty()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("customers.csv"), ["C4,Null Ltd,NULL,N/A,\\N,#N/A,(null),<null>,null,NULL,#NULL!"]);
        File.AppendAllLines(folder.File("payments.csv"), ["P5,C3,NULL,2025-03-06,25.00"]);
        File.AppendAllLines(folder.File("contact_attempts.csv"), ["A5,C1,I2,2025-03-04T09:00:00,phone,outbound,reached,COL1,NULL,NULL"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Empty(history.Quality.Issues);
        Assert.Equal(new Customer("C4", "Null Ltd"), history.Customers[^1]);
        Assert.Null(history.Payments[^1].InvoiceId);
        Assert.Equal(100m, history.Quality.Facts.UnappliedCash);
        Assert.Equal((null, null), (history.ContactAttempts[^1].PromisedOn, history.ContactAttempts[^1].PromisedAmount));
    }

    [Fact]
    public void Load_IdsWrittenAsExcelTextFormulas_ReadAsTheirText()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // ="00042" keeps an id's leading zeros in Excel; the other files may name it either way.
        File.AppendAllLines(folder.File("customers.csv"), ["=\"00042\",Zero Ltd,SMB,NL,,45.0,,,,,"]);
        File.AppendAllLines(folder.File("invoices.csv"), ["=\"I11\",=\"00042\",2025-01-01,2025-01-31,100.00,EUR", "I12,00042,2025-01-01,2025-01-31,100.00,EUR"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Empty(history.Quality.Issues);
        Assert.Equal(45, history.FindCustomer("00042")!.PaymentTermsDays);
        Assert.Equal(["00042", "00042"], new[] { "I11", "I12" }.Select(id => history.FindInvoice(id)!.Invoice.CustomerId));
    }

    [Theory]
    [InlineData("Net 30", 30)]
    [InlineData("net30", 30)]
    [InlineData("N45", 45)]
    [InlineData("60 Days", 60)]
    [InlineData("14d", 14)]
    [InlineData("2/10 Net 30", 30)]
    [InlineData("2% 10 NET 60 days", 60)]
    [InlineData("0", 0)]
    [InlineData("30 dagen", 30)]
    [InlineData("30 Tage", 30)]
    [InlineData("Netto 14", 14)]
    [InlineData("45 jours", 45)]
    [InlineData("Due on receipt", 0)]
    [InlineData("COD", 0)]
    [InlineData("Net 30 EOM", 30)] // end of month: the invoice's due date carries it
    [InlineData("30 days end of month", 30)]
    [InlineData("60 EOM", 60)]
    [InlineData("30 Tage netto", 30)]
    [InlineData("Zahlbar innerhalb 14 Tagen", 14)]
    [InlineData("binnen 30 dagen", 30)]
    [InlineData("à 45 jours", 45)]
    [InlineData("30 jours fin de mois", 30)]
    [InlineData("sofort", 0)]
    [InlineData("Comptant", 0)]
    [InlineData("a 60 días", 60)]
    [InlineData("30 días fin de mes", 30)]
    [InlineData("Contado", 0)]
    [InlineData("30 giorni fine mese", 30)]
    [InlineData("Rimessa diretta", 0)]
    [InlineData("30 dias", 30)]
    [InlineData("À vista", 0)]
    public void Load_PaymentTermsAsInvoicesWordThem_ReadAsTheNetDays(string written, int days)
    {
        var history = LoadFixtureWith("customers.csv", ",30,10000", $",{written},10000");

        Assert.Empty(history.Quality.Issues);
        Assert.Equal(days, history.FindCustomer("C1")!.PaymentTermsDays);
    }

    [Theory]
    [InlineData("Call,Outgoing,Left message", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    [InlineData("Telephone,out,VM", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    [InlineData("Phone Call,OUTBOUND,Connected", Channel.Phone, Direction.Outbound, Outcome.Reached)]
    [InlineData("tel,outbound,Busy", Channel.Phone, Direction.Outbound, Outcome.NoAnswer)]
    [InlineData("phone,outbound,Invalid number", Channel.Phone, Direction.Outbound, Outcome.WrongNumber)]
    [InlineData("Text Message,Incoming,PTP", Channel.Sms, Direction.Inbound, Outcome.PromiseToPay)]
    [InlineData("Post,in,Disputed", Channel.Letter, Direction.Inbound, Outcome.Dispute)]
    [InlineData("E.mail,Outbound,Undeliverable", Channel.Email, Direction.Outbound, Outcome.Bounced)]
    [InlineData("e_mail,outbound,Delivered", Channel.Email, Direction.Outbound, Outcome.Sent)]
    [InlineData("EMAIL,Inbound,Reply", Channel.Email, Direction.Inbound, Outcome.Replied)]
    [InlineData("Phone,Outbound,Promise To Pay", Channel.Phone, Direction.Outbound, Outcome.PromiseToPay)]
    // As CRMs and dialers record dispositions.
    [InlineData("Phone Call,Outbound,Spoke to customer", Channel.Phone, Direction.Outbound, Outcome.Reached)]
    [InlineData("Phone,Outbound,RPC", Channel.Phone, Direction.Outbound, Outcome.Reached)]
    [InlineData("Phone,Outbound,Left VM", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    [InlineData("Phone,Outbound,Answering machine", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    [InlineData("Phone,Outbound,Ring no answer", Channel.Phone, Direction.Outbound, Outcome.NoAnswer)]
    [InlineData("Phone,Outbound,Number disconnected", Channel.Phone, Direction.Outbound, Outcome.WrongNumber)]
    [InlineData("E-Mail,Outbound,Email Sent", Channel.Email, Direction.Outbound, Outcome.Sent)]
    [InlineData("E-Mail,Outbound,Hard bounce", Channel.Email, Direction.Outbound, Outcome.Bounced)]
    [InlineData("E-Mail,Inbound,Customer replied", Channel.Email, Direction.Inbound, Outcome.Replied)]
    [InlineData("Phone,Outbound,Payment promised", Channel.Phone, Direction.Outbound, Outcome.PromiseToPay)]
    [InlineData("Phone,Inbound,In dispute", Channel.Phone, Direction.Inbound, Outcome.Dispute)]
    // An activity named with its direction; the direction column empty.
    [InlineData("Outbound Call,,Connected", Channel.Phone, Direction.Outbound, Outcome.Reached)]
    [InlineData("Inbound Email,,Reply", Channel.Email, Direction.Inbound, Outcome.Replied)]
    [InlineData("Call - Incoming,,PTP", Channel.Phone, Direction.Inbound, Outcome.PromiseToPay)]
    [InlineData("outgoing phone call,outbound,VM", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    // German, Dutch and French exports.
    [InlineData("Anruf,ausgehend,Mailbox", Channel.Phone, Direction.Outbound, Outcome.Voicemail)]
    [InlineData("Anruf ausgehend,,Zahlungszusage", Channel.Phone, Direction.Outbound, Outcome.PromiseToPay)]
    [InlineData("Telefoon,uitgaand,Geen antwoord", Channel.Phone, Direction.Outbound, Outcome.NoAnswer)]
    [InlineData("E-mail,inkomend,Betwist", Channel.Email, Direction.Inbound, Outcome.Dispute)]
    [InlineData("Appel entrant,,Promesse de paiement", Channel.Phone, Direction.Inbound, Outcome.PromiseToPay)]
    [InlineData("Courriel,sortant,Non remis", Channel.Email, Direction.Outbound, Outcome.Bounced)]
    public void Load_CollectionSystemsWords_ReadAsTheContractsWords(string written, Channel channel, Direction direction, Outcome outcome)
    {
        var history = LoadFixtureWith("contact_attempts.csv", "A1,C1,I1,2025-02-06T09:30:00,phone,outbound,voicemail,", $"A1,C1,I1,2025-02-06T09:30:00,{written},");

        Assert.Empty(history.Quality.Issues);
        var attempt = history.ContactAttempts.Single(a => a.AttemptId == "A1");
        Assert.Equal((channel, direction, outcome), (attempt.Channel, attempt.Direction, attempt.Outcome));
    }

    [Fact]
    public void Load_ChannelNamingAnotherDirectionThanTheDirectionColumn_KeepsTheColumnsAndWarns()
    {
        var history = LoadFixtureWith("contact_attempts.csv", "A1,C1,I1,2025-02-06T09:30:00,phone,outbound,voicemail,", "A1,C1,I1,2025-02-06T09:30:00,Outbound Call,inbound,voicemail,");

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("direction", "inbound", IssueSeverity.Warning), (issue.Column, issue.Value, issue.Severity));
        Assert.Equal("the channel 'Outbound Call' says outbound; the direction column is kept", issue.Reason);
        Assert.Equal((Channel.Phone, Direction.Inbound), (history.ContactAttempts[0].Channel, history.ContactAttempts[0].Direction));
    }

    [Theory]
    [InlineData("NULL", true)]
    [InlineData("null", true)]
    [InlineData("\\N", true)]
    [InlineData("n/a", true)]
    [InlineData("#N/A", true)]
    [InlineData("NA", false)] // Namibia
    [InlineData("Nulla", false)]
    [InlineData("N/A Ltd", false)]
    [InlineData("#VALUE!", false)] // an error in the spreadsheet, not an empty cell
    [InlineData("0000-00-00", true)] // MySQL's zero date
    [InlineData("0000-00-00 00:00:00", true)]
    [InlineData("0000-00-01", false)]
    [InlineData("0000000000", false)]
    public void IsNoValue_TheWordsExportsWriteForAnEmptyCellOnly(string value, bool expected) =>
        Assert.Equal(expected, CsvTable.IsNoValue(value));

    [Fact]
    public void Load_RequiredValueWrittenAsNull_IsEmptyAndShownAsWritten()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"), ["I5,C1,2025-03-01,NULL,100.00,EUR"]);

        var issue = Assert.Single(CollectionHistory.Load(folder.Path, Options).Quality.Issues);

        Assert.Equal((6, "due_on", "NULL", "required value is empty"), (issue.Line, issue.Column, issue.Value, issue.Reason));
    }

    [Fact]
    public void Load_IdsInScientificNotation_SayTheSpreadsheetLostTheirDigits()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("customers.csv"), ["1.23457E+11,A Ltd,SMB,NL,,,,,,,", "1.23457E+11,B Ltd,SMB,NL,,,,,,,"]);
        File.AppendAllLines(folder.File("invoices.csv"), ["I11,9.87654E+11,2025-01-01,2025-01-31,100.00,EUR"]);

        var issues = CollectionHistory.Load(folder.Path, Options).Quality.Issues;

        const string hint = "; the id is a number in a spreadsheet's scientific notation, which has lost its last digits: export the ids as text";
        Assert.Equal(
            [("customer_id", "duplicate customer_id; the first row with this id is kept" + hint), ("customer_id", "unknown customer_id (not in customers.csv)" + hint)],
            issues.Select(i => (i.Column, i.Reason)));
    }

    [Fact]
    public void Load_ColumnNamedWithItsUnit_FailsShowingTheMappingThatReadsIt()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"), "payment_id,customer_id,invoice_id,paid_on,Amount in EUR\nP1,C1,I1,2025-01-01,10.00\n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.EndsWith("""if 'Amount in EUR' holds it, say so in a mapping file (--mapping): { "columns": { "payments": { "amount": "Amount in EUR" } } }""", error.Message);
    }

    [Fact]
    public void Load_Utf8WithBomAndUtf16WithBom_AreRead()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var customers = File.ReadAllText(folder.File("customers.csv")).Replace("Harbor Ltd", "Caf\u00e9 M\u00fcller");
        File.WriteAllText(folder.File("customers.csv"), customers, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(folder.File("invoices.csv"), File.ReadAllText(folder.File("invoices.csv")), Encoding.Unicode);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean);
        Assert.Equal("Caf\u00e9 M\u00fcller", history.FindCustomer("C3")!.Name);
        Assert.NotNull(history.FindCustomer("C1"));
        Assert.Equal(4, history.Invoices.Count);
    }

    [Fact]
    public void Load_HundredMegabyteLine_IsRejectedAndTheRestKept()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        using (var writer = new StreamWriter(folder.File("customers.csv"), append: true))
        {
            writer.Write("C4,");
            writer.Write(new string('x', 100 * 1024 * 1024));
            writer.Write("\nC5,Fine Ltd\n");
        }

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("customers.csv", 6L, "name", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Severity));
        Assert.StartsWith("value is longer than the 10,000 characters accepted", issue.Reason);
        Assert.True(issue.Value.Length <= 80);
        Assert.NotNull(history.FindCustomer("C5"));
        Assert.Null(history.FindCustomer("C4")!.Name);
    }

    [Fact]
    public void Load_QuotedNewlines_KeepLineNumbersOfLaterRows()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("customers.csv"), "C4,\"Two\nLines\",SMB,NLY\n");

        var issue = Assert.Single(CollectionHistory.Load(folder.Path, Options).Quality.Issues);

        Assert.Equal((6L, "country", "NLY"), (issue.Line, issue.Column, issue.Value));
    }

    [Fact]
    public void Load_RowAfterEmptyLines_IsNamedByItsOwnLine()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("customers.csv"), "\n\r\nC4,Four Ltd,SMB,NLY\n\nC5,\"Two\nLines\",SMB,NLX\n");

        var issues = CollectionHistory.Load(folder.Path, Options).Quality.Issues;

        Assert.Equal([(8L, "NLY"), (10L, "NLX")], issues.Select(i => (i.Line, i.Value)));
    }

    [Fact]
    public void Load_InvisibleCharactersAroundIds_AreTrimmedLikeSpaces()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // A byte order mark where two exports were joined, a zero-width space and a no-break space from a spreadsheet.
        File.AppendAllText(folder.File("invoices.csv"), "\uFEFFI5,C1\u200B,2025-03-01,2025-03-31,10.00,EUR\n");
        File.AppendAllText(folder.File("payments.csv"), "P5,\u00A0C1,I5\u2060,2025-03-10,10.00\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean);
        Assert.Equal(("C1", new DateOnly(2025, 3, 10)), (history.FindInvoice("I5")!.Invoice.CustomerId, history.FindInvoice("I5")!.SettledOn));
    }

    [Fact]
    public void Load_RowWithMoreFieldsThanTheHeader_IsRejectedNamingTheSurplus()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // An unquoted comma in a name shifts every value after it; a trailing empty field fits the header.
        File.AppendAllText(folder.File("customers.csv"), "C4,Polar Media, GmbH,SMB,NL,Europe/Amsterdam,30,,,,,a@b.example\nC5,Fine Ltd,SMB,NL,,,,,,,,\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((6L, "(row)", "a@b.example", IssueSeverity.Error), (issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("more fields than the 11 columns of the header", issue.Reason);
        Assert.Null(history.FindCustomer("C4"));
        Assert.NotNull(history.FindCustomer("C5"));
    }

    [Fact]
    public void Load_RowsOfOnlyDelimiters_AreSkippedLikeEmptyLines()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("payments.csv"), ",,,,\n , ,\"\",,\nP5,C1,I2,2025-03-10,10.00\n,,,,\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean);
        Assert.Equal(5, history.Payments.Count);
    }

    [Theory]
    [InlineData("invoice_id,customer_id,issued_on,due_on,amount,amount", "'amount' twice ('amount' in field 5 and 'amount' in field 6)")]
    [InlineData("Invoice ID,customer_id,issued_on,due_on,amount,invoice-id", "'invoice_id' twice ('Invoice ID' in field 1 and 'invoice-id' in field 6)")]
    public void Load_HeaderNamingAColumnTwice_FailsNamingBoth(string header, string expected)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), header + "\nI1,C1,2025-01-05,2025-02-04,1000.00,1.00\n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.StartsWith("invoices.csv line 1: the header names column " + expected, error.Message);
    }

    [Fact]
    public void Load_BlankHeaderRow_FailsNamingTheFile()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("payments.csv"), "   \n , \n");

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.StartsWith("payments.csv line 1: the header row is blank; expected a header row with columns payment_id", error.Message);
    }

    [Theory]
    [InlineData("C6,Kept Too,SMB,NL\n")]
    [InlineData("C6,\"Kept, Quoted\",SMB,NL\n")]
    public void Load_UnclosedQuote_RejectsItsLineAndReadsTheLinesAfterIt(string lastLine)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("customers.csv"), "C4,\"Open quote Ltd,SMB,NL\nC5,Kept Ltd,SMB,NL\n" + lastLine);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((6L, "(row)", "\"Open quote Ltd,SMB,NL"), (issue.Line, issue.Column, issue.Value));
        Assert.StartsWith("unclosed quote", issue.Reason);
        Assert.Null(history.FindCustomer("C4"));
        Assert.Equal("Kept Ltd", history.FindCustomer("C5")!.Name);
        Assert.NotNull(history.FindCustomer("C6"));
    }

    [Fact]
    public void Load_ManyIssues_ListsTheCapButCountsAll()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"), Enumerable.Range(10, 50).Select(i => $"I{i},C1,2025-01-01,2025-01-31,abc,EUR"));

        var quality = CollectionHistory.Load(folder.Path, Options with { MaxIssuesListed = 5 }).Quality;

        Assert.Equal(5, quality.Issues.Count);
        Assert.Equal(50, quality.TotalIssues);
        Assert.Equal(50, Assert.Single(quality.IssueCounts).Count);
    }

    [Fact]
    public void Load_PaymentAgainstACreditNote_IsKeptWithAWarning()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("payments.csv"), ["P5,C3,I4,2025-03-10,150.00"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("payments.csv", 6L, "invoice_id", "I4", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.Contains("credit note", issue.Reason);
        Assert.Contains(history.Payments, p => p.PaymentId == "P5");
    }

    [Fact]
    public void Load_SameFaultOnDifferentDates_IsCountedAsOneKind()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"), Enumerable.Range(1, 20).Select(d => $"I{d + 10},C1,2025-01-{d:00},2024-12-31,100.00,EUR"));

        var count = Assert.Single(CollectionHistory.Load(folder.Path, Options).Quality.IssueCounts);

        Assert.Equal(("due_on is before issued_on", 20L), (count.Reason, count.Count));
    }

    [Fact]
    public void Load_TitleLinesAboveTheHeader_AreSkippedWithAWarningAndLinesStayAsInTheFile()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, "Open invoices\nAs of 2025-06-30\n" + File.ReadAllText(invoices) + "I11,C1,2025-01-01,2025-01-31,abc,EUR\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(4, history.Invoices.Count);
        var warning = history.Quality.Issues.Single(i => i.Severity == IssueSeverity.Warning);
        Assert.Equal(("invoices.csv", 1L, "(file)", "Open invoices", "2 lines above the header skipped: a title or notes, not rows"),
            (warning.File, warning.Line, warning.Column, warning.Value, warning.Reason));
        var error = history.Quality.Issues.Single(i => i.Severity == IssueSeverity.Error);
        Assert.Equal((8L, "amount"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("sep=,\nOpen invoices\n", 2L, "Open invoices")]
    [InlineData("\"Open invoices, as of\n2025-06-30\n", 1L, "Open invoices, as of")]
    public void Load_TitleAfterASepLineOrWithAnUnclosedQuote_NamedByItsLineAndFirstLine(string above, long line, string shown)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, above + File.ReadAllText(invoices));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(4, history.Invoices.Count);
        var warning = Assert.Single(history.Quality.Issues);
        Assert.Equal((line, shown), (warning.Line, warning.Value));
    }

    [Fact]
    public void Load_NoHeaderAmongTheFirstLines_FailsNamingTheFirstLine()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var invoices = folder.File("invoices.csv");
        File.WriteAllText(invoices, string.Concat(Enumerable.Range(1, 11).Select(i => $"note {i}\n")) + File.ReadAllText(invoices));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options));

        Assert.StartsWith("invoices.csv line 1: required column 'invoice_id' is missing; the header has: note 1", error.Message);
    }

    [Fact]
    public void Load_RowWithMalformedQuotingAndMoreFields_ReportsBothButNotItsShiftedValues()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // The surplus shifts an unknown word into channel and a non-date into occurred_at: reported as the shape only.
        File.AppendAllLines(folder.File("contact_attempts.csv"), ["A9,C1,\"I\"1,x,2025-02-06T09:30:00,phone,outbound,no_answer,COL1,,,extra"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(["malformed quoting", "more fields than the 10 columns of the header"],
            history.Quality.Issues.Select(i => i.Reason[..i.Reason.IndexOfAny([':', ';'])]));
    }

    [Fact]
    public void Load_TotalsRowsAtTheEnd_AreRejectedOnceEachAsTotals()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"), ["Total,,,,123456.00,", "TOTAL,C1,2025-01-01,2025-01-31,100.00,EUR"]);
        File.AppendAllLines(folder.File("payments.csv"), ["Grand total:,,,,,1234.00"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal([("invoices.csv", "Total"), ("payments.csv", "Grand total:")],
            history.Quality.Issues.Select(i => (i.File, i.Value)));
        Assert.All(history.Quality.Issues, i => Assert.Equal(("(row)", "a totals row, not a record"), (i.Column, i.Reason)));
        // A row with every required value is a record, whatever its id.
        Assert.NotNull(history.FindInvoice("TOTAL"));
    }

    [Fact]
    public void Load_ReportGroupedByCustomer_HeadingsAndSubtotalsAreOneErrorEachAndEveryRecordKept()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // An open-items report: a heading row per customer, its invoices, and a subtotal row; names that begin like a
        // label are still records when every required value is there.
        File.AppendAllLines(folder.File("invoices.csv"),
            ["Acme Ltd,,,,,", "I11,C1,2025-01-01,2025-01-31,100.00,EUR", "Total Acme Ltd,,,,100.00,", ",C1,,,,",
             "Sum Ltd,C1,2025-01-01,2025-01-31,100.00,EUR", "Totally Ltd,C1,2025-01-01,2025-01-31,100.00,EUR"]);
        File.AppendAllLines(folder.File("customers.csv"), ["C9,,,,,,,,,,"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal(
            [(6L, "Acme Ltd", "a heading of a group of rows: one value, every other field empty; not a record"),
             (8L, "Total Acme Ltd", "a totals row, not a record"),
             (9L, "C1", "a heading of a group of rows: one value, every other field empty; not a record")],
            history.Quality.Issues.Select(i => (i.Line, i.Value, i.Reason)));
        Assert.All(history.Quality.Issues, i => Assert.Equal(("invoices.csv", "(row)"), (i.File, i.Column)));
        Assert.Equal(["I11", "Sum Ltd", "Totally Ltd"], history.Invoices.Skip(4).Select(i => i.Invoice.InvoiceId));
        // A customer row of its id alone is a record: only the id is required.
        Assert.NotNull(history.FindCustomer("C9"));
    }

    [Fact]
    public void Load_TwoExportsJoinedIntoOneFile_TheSecondHeaderIsOneErrorAndEveryRowKept()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        // The second export kept its byte order mark.
        File.AppendAllLines(folder.File("invoices.csv"), ["\uFEFFInvoice_ID, customer_id ,issued_on,due_on,amount,currency", "I11,C1,2025-01-01,2025-01-31,100.00,EUR"]);

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((6L, "(row)", "Invoice_ID", "the header row again, as where exports are joined into one file; not a record"),
            (issue.Line, issue.Column, issue.Value, issue.Reason));
        Assert.Equal(5, history.Invoices.Count);
    }

    [Fact]
    public void Load_RowsOfDifferentWidths_AreCountedAsOneKindPerFault()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"),
            ["I11,C1,2025-01-01,2025-01-31,100.00,EUR,x", "I12,C1,2025-01-01,2025-01-31,100.00,EUR,x,y", "I13,C1", "I14,C1,2025-01-01"]);

        var counts = CollectionHistory.Load(folder.Path, Options).Quality.IssueCounts;

        Assert.Equal(2, counts.Single(c => c.Reason.StartsWith("more fields than the 6 columns of the header")).Count);
        // Row I13 lacks three required values and row I14 two.
        Assert.Equal(5, counts.Single(c => c.Reason == "missing field: fewer fields than the 6 columns of the header").Count);
    }

    [Fact]
    public void Load_PaymentOfRejectedInvoice_IsReportedNotLost()
    {
        using var folder = FolderWith("unparseable_amount.invoices.csv");
        File.AppendAllText(folder.File("payments.csv"), "P5,C1,I5,2025-03-01,10.00\n");

        var quality = CollectionHistory.Load(folder.Path, Options).Quality;

        Assert.Equal(2, quality.TotalIssues);
        Assert.Contains(quality.Issues, i => i is { File: "payments.csv", Column: "invoice_id", Value: "I5" });
    }

    [Theory]
    [InlineData("customers.csv", ",NL,", ",528,", 2, "country", "528", "not an ISO 3166-1 country code or country name")]
    [InlineData("customers.csv", ",NL,", ",Atlantis,", 2, "country", "Atlantis", "not an ISO 3166-1 country code or country name")]
    [InlineData("customers.csv", ",NL,", ",NLX,", 2, "country", "NLX", "not an ISO 3166-1 country code or country name")]
    [InlineData("customers.csv", "anna@acme.example", "anna.acme.example", 2, "email", "anna.acme.example", "not an email address")]
    [InlineData("customers.csv", "+31 20 555 0101", "ask reception", 2, "phone", "ask reception", "not a phone number")]
    [InlineData("customers.csv", "Europe/Amsterdam", "Mars/Olympus", 2, "time_zone", "Mars/Olympus", "not an IANA time zone")]
    [InlineData("customers.csv", "10000.00", "-10000.00", 2, "credit_limit", "-10000.00", "cannot be negative")]
    [InlineData("customers.csv", "10000.00", "(10000.00)", 2, "credit_limit", "(10000.00)", "cannot be negative")]
    [InlineData("customers.csv", "2023-01-15", "2023-02-30", 2, "onboarded_on", "2023-02-30", "not a date")]
    [InlineData("customers.csv", ",30,10000", ",thirty,10000", 2, "payment_terms_days", "thirty", "not a number of days")]
    [InlineData("customers.csv", ",30,10000", ",30.5,10000", 2, "payment_terms_days", "30.5", "not a number of days")]
    [InlineData("customers.csv", ",30,10000", ",Net 3651,10000", 2, "payment_terms_days", "Net 3651", "not a number of days from 0 to 3650")]
    [InlineData("invoices.csv", "1000.00,EUR", "1000.00,Euro", 2, "currency", "Euro", "not an ISO 4217")]
    [InlineData("contact_attempts.csv", "promise_to_pay,COL2,2025-03-01", "promise_to_pay,COL2,2025-02-01", 4, "promised_on", "2025-02-01", "before the contact")]
    [InlineData("contact_attempts.csv", "promise_to_pay,COL2,2025-03-01", "promise_to_pay,COL2,01/03/2025", 4, "promised_on", "01/03/2025", "not a date")]
    [InlineData("contact_attempts.csv", "2025-03-01,2000.00", "2025-03-01,lots", 4, "promised_amount", "lots", "not a number")]
    [InlineData("contact_attempts.csv", "voicemail", "hung_up", 2, "outcome", "hung_up", "unknown word")]
    public void Load_UnusableOptionalField_WarnsTreatsAsMissingAndKeepsTheRow(string file, string find, string replace, int line,
        string column, string value, string reason)
    {
        var history = LoadFixtureWith(file, find, replace);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((file, (long)line, column, value, IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.Contains(reason, issue.Reason);
        Assert.EndsWith("treated as missing", issue.Reason);
        Assert.Equal(0, history.Quality.RowsRejected);
        Assert.Equal(1, history.Quality.Warnings);
        Assert.Equal([3L, 4L, 4L, 4L], history.Quality.Files.Select(f => f.RowsKept));
    }

    [Theory]
    [InlineData("nl", "NL")]
    [InlineData("NLD", "NL")]
    [InlineData("Netherlands", "NL")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("HOLLAND", "NL")]
    [InlineData("Deutschland", "DE")]
    [InlineData("\"Korea, Republic of\"", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("United States of America", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Bosnia & Herzegovina", "BA")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("  united   kingdom ", "GB")]
    [InlineData("XK", "XK")] // Kosovo's code, which ISO leaves to users: two letters are kept as written
    public void Load_CountryWrittenAsANameOrAlpha3Code_IsReadAsItsAlpha2Code(string written, string expected)
    {
        var history = LoadFixtureWith("customers.csv", ",NL,", $",{written},");

        Assert.Empty(history.Quality.Issues);
        Assert.Equal(expected, history.FindCustomer("C1")!.Country);
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("eastern standard time", "America/New_York")]
    [InlineData("Tokyo Standard Time", "Asia/Tokyo")]
    [InlineData("Europe/Amsterdam", "Europe/Amsterdam")]
    public void Load_TimeZoneWrittenAsAWindowsId_IsReadAsItsIanaId(string written, string expected)
    {
        var history = LoadFixtureWith("customers.csv", ",Europe/Amsterdam,", $",{written},");

        Assert.Empty(history.Quality.Issues);
        Assert.Equal(expected, history.FindCustomer("C1")!.TimeZone);
    }

    [Fact]
    public void Load_UnusableOptionalField_IsMissingInTheKeptRecord()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var customers = File.ReadAllText(folder.File("customers.csv"));
        File.WriteAllText(folder.File("customers.csv"), customers.Replace(",NL,", ",528,").Replace("anna@acme.example", "anna.acme.example"));

        var acme = CollectionHistory.Load(folder.Path, Options).FindCustomer("C1")!;

        Assert.Equal((null, null, "+31 20 555 0101"), (acme.Country, acme.Email, acme.Phone));
    }

    [Fact]
    public void Load_CreditLimitZero_IsAValidLimit()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var customers = File.ReadAllText(folder.File("customers.csv"));
        File.WriteAllText(folder.File("customers.csv"), customers.Replace("10000.00", "0"));

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.True(history.Quality.IsClean);
        Assert.Equal(0m, history.FindCustomer("C1")!.CreditLimit);
    }

    [Fact]
    public void Load_InchMarkInUnquotedName_KeepsTheRowAndTheNameAsWritten()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("customers.csv"), "C4,Polar 19\" Media GmbH,SMB,DE,Europe/Berlin,30,,,,+49 30 555 0404,\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        Assert.Equal("Polar 19\" Media GmbH", history.FindCustomer("C4")!.Name);
        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal((6L, "name", IssueSeverity.Warning), (issue.Line, issue.Column, issue.Severity));
        Assert.Contains("read as written", issue.Reason);
    }

    [Fact]
    public void Load_RowsOfARejectedInvoice_AreRejectedNamingTheRootCause()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("invoices.csv"), "I6,C1,2025-01-05,2025-02-04,-,EUR\n");
        File.AppendAllText(folder.File("payments.csv"), "P5,C1,I6,2025-03-01,10.00\n");
        File.AppendAllText(folder.File("contact_attempts.csv"), "A5,C1,I6,2025-02-06T09:30:00,phone,,,,,\n");

        var quality = CollectionHistory.Load(folder.Path, Options).Quality;

        var payment = Assert.Single(quality.Issues, i => i.File == "payments.csv");
        Assert.Equal((6L, "invoice_id", "I6", IssueSeverity.Error), (payment.Line, payment.Column, payment.Value, payment.Severity));
        Assert.Equal("rejected with its invoice 'I6': invoices.csv line 6, column amount, value '-': "
            + "not a number in the form 1234.56 or 1,234.56", payment.Reason);
        Assert.Contains(quality.IssueCounts, c => c is { File: "contact_attempts.csv", Reason: "rejected with its invoice", Count: 1 });
        Assert.Equal([3L, 4L, 4L, 4L], quality.Files.Select(f => f.RowsKept));
    }

    [Fact]
    public void Load_RowsOfARejectedCustomer_AllNameTheCustomersRow()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("customers.csv"), "C4,\"Lost\" Ltd,SMB,NL,,30,,,,,\n");
        File.AppendAllText(folder.File("invoices.csv"), "I5,C4,2025-01-05,2025-02-04,100.00,EUR\n");
        File.AppendAllText(folder.File("contact_attempts.csv"), "A5,C4,I5,2025-02-06T09:30:00,phone,,,,,\n");

        var quality = CollectionHistory.Load(folder.Path, Options).Quality;

        const string root = "customers.csv line 6, column (row), value '\"Lost\" Ltd': malformed quoting";
        var invoice = Assert.Single(quality.Issues, i => i.File == "invoices.csv");
        Assert.Equal(("customer_id", "C4"), (invoice.Column, invoice.Value));
        Assert.StartsWith("rejected with its customer 'C4': " + root, invoice.Reason);
        // The attempt names its customer first; either way the root is the customer's row.
        var attempt = Assert.Single(quality.Issues, i => i.File == "contact_attempts.csv" && i.Column == "customer_id");
        Assert.StartsWith("rejected with its customer 'C4': " + root, attempt.Reason);
        Assert.Equal([3L, 4L, 4L, 4L], quality.Files.Select(f => f.RowsKept));
    }

    [Fact]
    public void Load_StrictMode_FailsOnAWarningToo()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var customers = File.ReadAllText(folder.File("customers.csv"));
        File.WriteAllText(folder.File("customers.csv"), customers.Replace(",NL,", ",528,"));

        var error = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, Options with { Strict = true }));

        Assert.Contains("customers.csv line 2, column country, value '528'", error.Message);
        Assert.Equal(IssueSeverity.Warning, error.Issue!.Severity);
    }

    [Fact]
    public void Load_DateAfterTheAsOfDate_IsKeptFlaggedAndDoesNotMoveTheLatestDate()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("payments.csv"), "P5,C1,I2,2031-01-06,10.00\n");

        var history = CollectionHistory.Load(folder.Path, Options);

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("payments.csv", 6L, "paid_on", "2031-01-06", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.Equal("date is after the as-of date (2025-06-30); kept, but set aside as an outlier", issue.Reason);
        Assert.Equal(5, history.Payments.Count);
        Assert.Equal(new DateOnly(2025, 3, 5), history.LatestDate);
        Assert.Equal(1, history.LaterDatesSetAside);
    }

    [Fact]
    public void Load_WithoutAsOf_DatesAfterTodayOfTheTimeProviderAreOutliers()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var today = new FixedTime(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var history = CollectionHistory.Load(folder.Path, new LoadOptions { TimeProvider = today });

        // P3 (2025-03-01) is today; A4's contact on 2025-02-25 is not later. P4 on 2025-03-05 is after today.
        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("payments.csv", 5L, "2025-03-05"), (issue.File, issue.Line, issue.Value));
        Assert.StartsWith("date is after today (2025-03-01)", issue.Reason);
        Assert.Equal(new DateOnly(2025, 3, 1), history.LatestDate);
    }

    [Theory]
    [InlineData("2025-03-10", 0, "")] // after today: the analysis date is the export date, so P4 is in range
    [InlineData("2025-02-20", 1, "date is after today (2025-03-01)")] // before today: the export still runs to today
    public void Load_AnalysisAsOf_IsTheExportDateOnlyWhenAfterToday(string analysisAsOf, int outliers, string reason)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var today = new FixedTime(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var history = CollectionHistory.Load(folder.Path,
            new LoadOptions { TimeProvider = today, AnalysisAsOf = DateOnly.Parse(analysisAsOf, CultureInfo.InvariantCulture) });

        Assert.Equal(outliers, history.Quality.Issues.Count);
        Assert.All(history.Quality.Issues, issue => Assert.StartsWith(reason, issue.Reason));
    }

    [Fact]
    public void Load_OneDateFarAfterTheRest_IsAnOutlierAndTheLatestOtherDateIsTheDefault()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllLines(folder.File("invoices.csv"), Enumerable.Range(10, 20).Select(i => $"I{i},C1,2025-01-{i:00},2025-01-{i + 1:00},100.00,EUR"));
        File.AppendAllText(folder.File("payments.csv"), "P5,C1,I10,2026-11-30,100.00\n");

        var history = CollectionHistory.Load(folder.Path, Options with { AsOf = new DateOnly(2026, 12, 1) });

        var issue = Assert.Single(history.Quality.Issues);
        Assert.Equal(("payments.csv", 6L, "paid_on", "2026-11-30", IssueSeverity.Warning), (issue.File, issue.Line, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("date is more than 180 days away from the rest of the data (2025-01-05 to 2025-03-05)", issue.Reason);
        Assert.Equal(new DateOnly(2025, 3, 5), history.LatestDate);
        Assert.True(history.FindInvoice("I10")!.IsSettledBy(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Load_SparseSmallBook_HasNoGapOutliers()
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.AppendAllText(folder.File("payments.csv"), "P5,C1,I2,2026-01-10,10.00\n");

        var history = CollectionHistory.Load(folder.Path, Options with { AsOf = new DateOnly(2026, 12, 1) });

        // Thirteen dates are too few to call one of them far outside the rest.
        Assert.True(history.Quality.IsClean);
        Assert.Equal(new DateOnly(2026, 1, 10), history.LatestDate);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static TempFolder FolderWith(string ruleFixture)
    {
        var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        var target = ruleFixture[(ruleFixture.IndexOf('.') + 1)..];
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Loading/Fixtures/rules", ruleFixture), folder.File(target), overwrite: true);
        return folder;
    }
}
