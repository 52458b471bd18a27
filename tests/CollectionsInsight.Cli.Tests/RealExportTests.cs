using System.Text.RegularExpressions;

namespace CollectionsInsight.Cli.Tests;

/// <summary>
/// Real exports from a small fixture book (Fixtures/book: 3 customers, 4 invoices, 4 payments, 4 attempts, data up to
/// 2025-03-05): what <c>validate</c> accepts, every command uses, and each says what it could not compute.
/// </summary>
public class RealExportTests
{
    private static TempFolder Book()
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("data"));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "book")))
            File.Copy(file, Path.Combine(folder.File("data"), Path.GetFileName(file)));
        return folder;
    }

    private static void Edit(TempFolder folder, string file, string find, string replace)
    {
        var path = Path.Combine(folder.File("data"), file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    private static void Append(TempFolder folder, string file, string rows) => File.AppendAllText(Path.Combine(folder.File("data"), file), rows);

    private static CliRun Succeeds(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.True(run.ExitCode == 0, $"{args[0]} exited {run.ExitCode}: {run.Error}");
        return run;
    }

    private static Dictionary<string, string> Row(string csv, string key)
    {
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith(key + ",", StringComparison.Ordinal)).Split(',');
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void Validate_NumericCountryCode_WarnsKeepsEveryRowAndStrictStillFails()
    {
        using var folder = Book();
        Edit(folder, "customers.csv", ",NL,", ",528,");

        var run = Succeeds("validate", "--data", folder.File("data"));
        var strict = CliRun.Of("validate", "--data", folder.File("data"), "--strict");

        Assert.Contains("0 rows rejected (0 errors); 1 warning (warnings:", run.Output);
        Assert.Contains("not an ISO 3166-1 country code or country name such as NL, NLD or Netherlands; treated as missing", run.Output);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("customers.csv line 2, column country, value '528'", strict.Error);
    }

    [Fact]
    public void Report_Warnings_AreCountedApartFromRejectedRows()
    {
        using var folder = Book();
        Edit(folder, "customers.csv", "anna@acme.example", "anna.acme.example");

        Succeeds("report", "--data", folder.File("data"), "--out", folder.File("report"), "--model", CliRun.SampleModel);

        Assert.Contains("Data quality: 0 rows rejected (0 errors); 1 warning (warnings:", File.ReadAllText(folder.File("report/report.html")));
        Assert.Contains("anna.acme.example", File.ReadAllText(folder.File("report/data_quality.csv")));
    }

    [Fact]
    public void Analyze_ReminderAfterFullPayment_IsNotCollectionEffort()
    {
        using var folder = Book();
        // I1 is paid in full on 2025-02-20; a reminder two days later is legal and common.
        Append(folder, "contact_attempts.csv", "A5,C1,I1,2025-02-22T10:00:00,sms,outbound,sent,COL1,,\n");

        Succeeds("validate", "--data", folder.File("data"), "--strict");
        Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"));

        var i1 = Row(folder.File("out/invoice_outcomes.csv"), "I1");
        Assert.Equal(("2025-02-06", "both", "both"), (i1["episode_started_on"], i1["episode_mix"], i1["lifetime_mix"]));
        Assert.Equal("14", i1["observed_days"]);
    }

    [Fact]
    public void Worklist_PromiseDated9999_IsCheckedOnThatDay()
    {
        using var folder = Book();
        Append(folder, "contact_attempts.csv", "A5,C1,I2,2025-03-04T10:00:00,phone,outbound,promise_to_pay,COL1,9999-12-31,500.00\n");

        Succeeds("validate", "--data", folder.File("data"), "--strict");
        Succeeds("worklist", "--data", folder.File("data"), "--out", folder.File("worklist.csv"));

        Assert.Contains("promise to pay on 9999-12-31", File.ReadAllText(folder.File("worklist.csv")));
    }

    [Fact]
    public void Analyze_InvoicesAtTheContractsLimits_AreMeasured()
    {
        using var folder = Book();
        Append(folder, "invoices.csv", string.Concat(Enumerable.Range(5, 5).Select(i => $"I{i},C3,2025-01-2{i},2025-02-2{i - 4},999999999999.99,EUR\n"))
            + "I10,C3,2025-01-21,2025-02-21,0.001,EUR\n");

        Succeeds("validate", "--data", folder.File("data"), "--strict");
        Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"));

        var january = File.ReadLines(folder.File("out/dso_monthly.csv")).Single(l => l.StartsWith("all,2025-01,all,", StringComparison.Ordinal));
        // I1 and I3 (3,000) and the six new invoices.
        Assert.StartsWith("all,2025-01,all,5000000002999.951,", january);
    }

    [Fact]
    public void Report_CreditNotesOnly_WritesTheReportAndSaysWhyThereIsNoDso()
    {
        using var folder = Book();
        Edit(folder, "invoices.csv", ",1000.00,", ",-1000.00,");
        Edit(folder, "invoices.csv", ",500.00,", ",-500.00,");
        Edit(folder, "invoices.csv", ",2000.00,", ",-2000.00,");

        // The book's payments now meet credit notes: kept, with a warning each.
        var validate = Succeeds("validate", "--data", folder.File("data"));
        Assert.Contains("names a credit note", validate.Output);
        Assert.Contains("0 rows rejected", validate.Output);
        var run = Succeeds("report", "--data", folder.File("data"), "--out", folder.File("report"), "--model", CliRun.SampleModel);

        Assert.Contains("No credit sales in a complete month by 2025-03-05: DSO", run.Output);
        Assert.True(new FileInfo(folder.File("report/collections-insight.xlsx")).Length > 0);
    }

    [Fact]
    public void Commands_HeaderOnlyCustomers_FinishAndSayWhatTheyCouldNotCompute()
    {
        using var folder = Book();
        File.WriteAllText(Path.Combine(folder.File("data"), "customers.csv"), "customer_id,name\n");

        var validate = Succeeds("validate", "--data", folder.File("data"));
        var analyze = Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"));
        var worklist = Succeeds("worklist", "--data", folder.File("data"), "--out", folder.File("worklist.csv"));
        var report = Succeeds("report", "--data", folder.File("data"), "--out", folder.File("report"), "--model", CliRun.SampleModel);

        Assert.Contains("unknown customer_id", validate.Output);
        Assert.Contains("today, as the data has no dates", analyze.Output);
        Assert.Contains("No invoices issued by", analyze.Output);
        Assert.Contains("customers on the list", worklist.Output);
        Assert.Contains("No recommendations: the data has no customers.", report.Output);
    }

    [Fact]
    public void AnalyzeAndReport_DatesInAnotherFormat_StopWithoutOutputAndSayHowToReadThem()
    {
        using var folder = Book();
        var invoices = Path.Combine(folder.File("data"), "invoices.csv");
        // A two-digit year first: a date format the dates themselves do not show (its day could be a year last).
        File.WriteAllText(invoices, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(invoices), @"\d{2}(\d{2})-(\d{2})-(\d{2})", "$1.$2.$3"));
        File.WriteAllText(folder.File("mapping.json"), """{ "date_format": "yy.MM.dd" }""");

        var analyze = CliRun.Of("analyze", "--data", folder.File("data"), "--out", folder.File("out"));
        var validate = CliRun.Of("validate", "--data", folder.File("data"), "--out", folder.File("quality"));
        var report = CliRun.Of("report", "--data", folder.File("data"), "--out", folder.File("report"), "--model", CliRun.SampleModel);
        var mapped = Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("mapped"), "--mapping", folder.File("mapping.json"));
        var option = Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("option"), "--date-format", "yy.MM.dd");

        // Every invoice rejected: an analysis of the rest would pass for one of the whole book.
        // It names the error met most often, with its first row and the setting that reads such dates.
        const string Refused = "error: no row of invoices.csv could be kept (9 rows rejected (13 errors); 0 warnings); most often (8 times) invoices.csv line 2, column issued_on, value '25.01.05'";
        Assert.All(new[] { analyze, validate, report }, run => Assert.Equal(2, run.ExitCode));
        Assert.All(new[] { analyze, validate, report }, run => Assert.StartsWith(Refused, run.Error));
        Assert.Contains("name the format with --date-format", analyze.Error);
        Assert.Contains($"Data quality: 9 rows rejected (13 errors); 0 warnings; validate --data {folder.File("data")} lists them.", analyze.Output.ReplaceLineEndings(""));
        Assert.False(Directory.Exists(folder.File("out")));
        Assert.False(Directory.Exists(folder.File("report")));
        // validate still lists why, and writes the list, before it exits 2.
        Assert.Contains("\"date_format\"", validate.Output);
        Assert.True(File.Exists(Path.Combine(folder.File("quality"), "data_quality.csv")));
        Assert.DoesNotContain("Data quality", mapped.Output);
        // With a mapping, validate needs it too to read the files the same way.
        File.WriteAllText(folder.File("mapping.json"), """{ "delimiter": "comma" }""");
        var withMapping = CliRun.Of("analyze", "--data", folder.File("data"), "--out", folder.File("comma"), "--mapping", folder.File("mapping.json"));
        Assert.Contains($"validate --data {folder.File("data")} with the same mapping and format options lists them.", withMapping.Output.ReplaceLineEndings(""));
        using var iso = Book();
        Succeeds("analyze", "--data", iso.File("data"), "--out", iso.File("out"));
        Assert.Equal(File.ReadAllText(Path.Combine(iso.File("out"), "invoice_outcomes.csv")), File.ReadAllText(Path.Combine(folder.File("mapped"), "invoice_outcomes.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(iso.File("out"), "invoice_outcomes.csv")), File.ReadAllText(Path.Combine(folder.File("option"), "invoice_outcomes.csv")));
        Assert.DoesNotContain("Data quality", option.Output);
    }

    [Fact]
    public void Analyze_DatesDayFirstWithoutTheSetting_ReadInTheOrderTheDatesShowAndSaid()
    {
        using var folder = Book();
        var invoices = Path.Combine(folder.File("data"), "invoices.csv");
        File.WriteAllText(invoices, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(invoices), @"(\d{4})-(\d{2})-(\d{2})", "$3.$2.$1"));
        using var iso = Book();

        var analyze = Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"));
        var validate = Succeeds("validate", "--data", folder.File("data"));
        Succeeds("analyze", "--data", iso.File("data"), "--out", iso.File("out"));

        Assert.Equal(File.ReadAllText(Path.Combine(iso.File("out"), "invoice_outcomes.csv")), File.ReadAllText(Path.Combine(folder.File("out"), "invoice_outcomes.csv")));
        Assert.Contains("Data quality: 0 rows rejected (0 errors); 1 warning;", analyze.Output.ReplaceLineEndings(""));
        Assert.Contains("dates read as d.M.yyyy", validate.Output.ReplaceLineEndings(""));
    }

    [Fact]
    public void AnalyzeAndWorklist_SampleWrittenAsAnotherSystemExportsIt_SameOutputAsTheSample()
    {
        // The sample as another system writes it: its own column names, day-first dates, its words for channels and
        // outcomes, terms as invoices word them, and customer ids in other letter case where a clerk typed them.
        using var folder = new TempFolder();
        var data = folder.File("erp");
        Directory.CreateDirectory(data);
        static string DayFirst(string text) => Regex.Replace(text, @"(\d{4})-(\d\d)-(\d\d)", "$3/$2/$1");
        void Write(string file, Func<string, string> rewrite) =>
            File.WriteAllText(Path.Combine(data, file), rewrite(File.ReadAllText(Path.Combine(CliRun.SampleData, file))));
        Write("customers.csv", text => Regex.Replace(text, @"^([^,\n]*(?:,[^,\n]*){4}),(\d+),", "$1,Net $2,", RegexOptions.Multiline)
            .Replace("payment_terms_days,", "Payment Terms,"));
        Write("invoices.csv", text => DayFirst(text.Replace("invoice_id,customer_id,issued_on,due_on,amount,", "Invoice No,Customer Number,Invoice Date,Due Date,Invoice Amount,")));
        Write("payments.csv", text => DayFirst(text.Replace("payment_id,customer_id,invoice_id,paid_on,amount", "Receipt No,Customer Number,Invoice No,Payment Date,Amount Paid"))
            .Replace(",C000001,", ",c000001,"));
        Write("contact_attempts.csv", text => text
            .Replace("attempt_id,customer_id,invoice_id,occurred_at,channel,direction,outcome,collector_id,promised_on,promised_amount",
                "Activity ID,Customer ID,Invoice,Activity Date,Contact Type,Direction,Result,Agent,PTP Date,PTP Amount")
            .Replace(",phone,", ",Call,").Replace(",promise_to_pay,", ",PTP,").Replace(",voicemail,", ",Left message,"));
        Assert.Contains("Net 30", File.ReadAllText(Path.Combine(data, "customers.csv")));

        Succeeds("analyze", "--data", CliRun.SampleData, "--out", folder.File("sample"));
        Succeeds("worklist", "--data", CliRun.SampleData, "--out", folder.File("sample.csv"), "--model", CliRun.SampleModel);
        var analyze = Succeeds("analyze", "--data", data, "--out", folder.File("out"));
        Succeeds("worklist", "--data", data, "--out", folder.File("out.csv"), "--model", CliRun.SampleModel);

        foreach (var file in new[] { "channel_mix_summary.csv", "dso_monthly.csv", "invoice_outcomes.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(folder.File("sample"), file)), File.ReadAllText(Path.Combine(folder.File("out"), file)));
        Assert.Equal(File.ReadAllText(folder.File("sample.csv")), File.ReadAllText(folder.File("out.csv")));
        // Nothing rejected; every reading that could be wrong is named (usual column names, date orders, the typed id).
        Assert.Contains("Data quality: 0 rows rejected (0 errors);", analyze.Output.ReplaceLineEndings(""));
    }

    [Fact]
    public void AnalyzeAndReport_OneFlatExportFile_SameOutputAsTheDocumentedMappingOfIt()
    {
        // The sample's invoices as a ledger's flat export: a row per invoice with the date of its latest payment.
        using var folder = new TempFolder();
        var paidOn = File.ReadLines(Path.Combine(CliRun.SampleData, "payments.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(p => p[2]).ToDictionary(g => g.Key, g => g.Max(p => p[3]));
        var rows = File.ReadLines(Path.Combine(CliRun.SampleData, "invoices.csv")).Skip(1).Select(l => l.Split(','))
            .Select(i => $"{i[1]},{i[0]},{i[2]},{i[3]},{i[4]},{paidOn.GetValueOrDefault(i[0])}");
        var flat = folder.File("ar.csv");
        File.WriteAllLines(flat, ["Customer Number,Invoice Number,Invoice Date,Due Date,Invoice Amount,Clearing Date", .. rows]);
        var mapped = folder.File("mapped");
        Directory.CreateDirectory(mapped);
        File.Copy(flat, Path.Combine(mapped, "ar.csv"));
        File.WriteAllText(Path.Combine(mapped, "contact_attempts.csv"), "attempt_id,customer_id,occurred_at,channel\n");
        File.WriteAllText(folder.File("mapping.json"), """
            { "files": { "customers": "ar.csv", "invoices": "ar.csv", "payments": "ar.csv" },
              "columns": {
                "customers": { "customer_id": "Customer Number" },
                "invoices": { "invoice_id": "Invoice Number", "customer_id": "Customer Number", "issued_on": "Invoice Date", "due_on": "Due Date", "amount": "Invoice Amount" },
                "payments": { "payment_id": "Invoice Number", "invoice_id": "Invoice Number", "customer_id": "Customer Number", "paid_on": "Clearing Date", "amount": "Invoice Amount" } } }
            """);

        Succeeds("analyze", "--data", mapped, "--mapping", folder.File("mapping.json"), "--out", folder.File("expected"));
        var analyze = Succeeds("analyze", "--data", flat, "--out", folder.File("out"));
        var report = Succeeds("report", "--data", flat, "--out", folder.File("report"));

        foreach (var file in new[] { "channel_mix_summary.csv", "dso_monthly.csv", "invoice_outcomes.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(folder.File("expected"), file)), File.ReadAllText(Path.Combine(folder.File("out"), file)));
        // The flat reading, and each usual name read: customer number (three entities), the invoice's four columns and the
        // clearing date. The payment's invoice is its row's, which the flat reading says.
        Assert.Contains("0 rows rejected (0 errors); 9 warnings", analyze.Output.ReplaceLineEndings(""));
        Assert.Contains("No invoice was chased by phone or email", report.Output.ReplaceLineEndings(""));
        Assert.Contains("read as one flat export of invoices", File.ReadAllText(Path.Combine(folder.File("report"), "data_quality.csv")));
    }

    [Fact]
    public void Analyze_OneFileThatIsNoFlatExport_StopsSayingWhyItWasReadAsOne()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("list.csv"), "customer_id,name\nC1,Acme\n");

        var run = CliRun.Of("analyze", "--data", folder.File("list.csv"), "--out", folder.File("out"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.StartsWith("error: list.csv (invoices) line 1: required column 'invoice_id' is missing", run.Error);
        Assert.EndsWith("(list.csv was read as one flat export of invoices: the data path names one file)", run.Error.TrimEnd());
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Validate_EscapeSequencesAndNulBytesInAValue_ShownAsQuestionMarks()
    {
        using var folder = Book();
        Edit(folder, "invoices.csv", ",500.00,", ",\u001b[31mred\u0000,");

        var run = Succeeds("validate", "--data", folder.File("data"));
        var strict = CliRun.Of("validate", "--data", folder.File("data"), "--strict");

        Assert.Contains("?[31mred?", run.Output);
        Assert.DoesNotContain('\u001b', run.Output + strict.Error);
        Assert.DoesNotContain('\0', run.Output + strict.Error);
        Assert.Contains("value '?[31mred?'", strict.Error);
    }

    [Fact]
    public void Analyze_CeiOfAPeriodStartingWithTheHistory_IsEmptyWithTheReason()
    {
        using var folder = Book();

        var run = Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"));

        // January: the history starts in it, so the AR at its start (0) is not a real opening balance.
        var january = Row(folder.File("out/dso_monthly.csv"), "all,2025-01,all");
        Assert.Equal(("", ""), (january["cei"], january["cei_without_n"]));
        Assert.Contains("CEI is left empty for months whose period starts with the history", run.Output);
        Assert.Contains("the history starts inside the period, so the AR at its start is not known", File.ReadAllText(folder.File("out/metrics.json")));
    }

    [Fact]
    public void Analyze_ArOlderThanThePeriodsSales_CountbackNamedALowerBound()
    {
        using var folder = Book();

        Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"), "--as-of", "2026-06-30");

        // The twelve months the countback can go back hold no sales; I2's 500.00 is still open.
        var june = Row(folder.File("out/dso_monthly.csv"), "all,2026-06,all");
        Assert.Equal(("365", "500.00"), (june["countback_dso"], june["countback_ar_beyond_sales"]));
    }

    [Theory]
    [InlineData(1, "31")]
    [InlineData(3, "59")]
    public void Analyze_DsoPeriodMonths_SetsThePeriod(int months, string februaryPeriodDays)
    {
        using var folder = Book();

        Succeeds("analyze", "--data", folder.File("data"), "--out", folder.File("out"), "--dso-period-months", $"{months}");

        var february = File.ReadLines(folder.File("out/dso_monthly.csv")).Single(l => l.StartsWith("all,2025-02,all,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(februaryPeriodDays == "31" ? "28" : "59", february[5]);
    }

    [Fact]
    public void Report_DsoPeriodMonthsOutOfRange_FailsBeforeLoading()
    {
        using var folder = new TempFolder();
        var output = folder.File("report");

        var run = CliRun.Of("report", "--data", CliRun.SampleData, "--out", output, "--dso-period-months", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --dso-period-months must be 1 to 12, got 0", run.Error.Trim().Split('\n')[0]);
        Assert.DoesNotContain("As of", run.Output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Worklist_OnePaymentMistypedALongWayAfterTheData_KeepsTheAsOfDateAndTheList()
    {
        using var folder = new TempFolder();
        var data = folder.File("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(CliRun.SampleData, "*.csv"))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var payments = File.ReadAllLines(Path.Combine(data, "payments.csv"));
        var fields = payments[1].Split(',');
        fields[3] = "2026-11-30";
        payments[1] = string.Join(',', fields);

        var before = Succeeds("worklist", "--data", CliRun.SampleData, "--out", folder.File("before.csv"));
        File.WriteAllLines(Path.Combine(data, "payments.csv"), payments);
        var after = Succeeds("worklist", "--data", data, "--out", folder.File("after.csv"));

        Assert.Contains("As of 2025-06-30: the latest date in the data.", before.Output);
        Assert.Contains("As of 2025-06-30: the latest date in the data; 1 later date is set aside as an outlier", after.Output);
        Assert.Equal(File.ReadLines(folder.File("before.csv")).Count(), File.ReadLines(folder.File("after.csv")).Count());
    }

    /// <summary>How a German, Dutch, French, Spanish, Italian or Portuguese system writes the sample: names, words, terms and the date separator.</summary>
    private sealed record LocalExport(Dictionary<string, string> Names, Dictionary<string, string> Words, string Terms, string DateSeparator);

    private static readonly Dictionary<string, LocalExport> LocalExports = new()
    {
        ["de"] = new(
            new()
            {
                ["customer_id"] = "Kundennummer", ["name"] = "Kundenname", ["segment"] = "Kundengruppe", ["country"] = "Land",
                ["payment_terms_days"] = "Zahlungsziel", ["invoice_id"] = "Rechnungsnummer", ["issued_on"] = "Rechnungsdatum",
                ["due_on"] = "Fälligkeitsdatum", ["invoices.amount"] = "Rechnungsbetrag", ["currency"] = "Währung", ["payment_id"] = "Zahlungsnummer",
                ["paid_on"] = "Zahlungsdatum", ["payments.amount"] = "Zahlungsbetrag", ["occurred_at"] = "Kontaktdatum", ["channel"] = "Kanal",
                ["outcome"] = "Ergebnis", ["collector_id"] = "Sachbearbeiter", ["promised_on"] = "Zusagedatum", ["promised_amount"] = "Zusagebetrag",
            },
            new()
            {
                ["phone"] = "Anruf", ["email"] = "E-Mail", ["outbound"] = "ausgehend", ["inbound"] = "eingehend", ["voicemail"] = "Mailbox",
                ["no_answer"] = "nicht erreicht", ["reached"] = "erreicht", ["promise_to_pay"] = "Zahlungszusage", ["dispute"] = "Reklamation",
                ["sent"] = "gesendet", ["bounced"] = "unzustellbar", ["replied"] = "beantwortet", ["wrong_number"] = "falsche Nummer",
            },
            "{0} Tage netto", "."),
        ["nl"] = new(
            new()
            {
                ["customer_id"] = "Klantnummer", ["name"] = "Klantnaam", ["segment"] = "Klantgroep", ["country"] = "Land",
                ["payment_terms_days"] = "Betalingstermijn", ["invoice_id"] = "Factuurnummer", ["issued_on"] = "Factuurdatum",
                ["due_on"] = "Vervaldatum", ["invoices.amount"] = "Factuurbedrag", ["currency"] = "Valuta", ["payment_id"] = "Betalingsnummer",
                ["paid_on"] = "Betaaldatum", ["payments.amount"] = "Betaald bedrag", ["occurred_at"] = "Contactdatum", ["channel"] = "Kanaal",
                ["outcome"] = "Resultaat", ["collector_id"] = "Medewerker", ["promised_on"] = "Toezegdatum", ["promised_amount"] = "Toegezegd bedrag",
            },
            new()
            {
                ["phone"] = "Telefoon", ["email"] = "E-mail", ["outbound"] = "uitgaand", ["inbound"] = "inkomend", ["voicemail"] = "Voicemail",
                ["no_answer"] = "Geen antwoord", ["reached"] = "Bereikt", ["promise_to_pay"] = "Betaalbelofte", ["dispute"] = "Betwist",
                ["sent"] = "Verstuurd", ["bounced"] = "Onbestelbaar", ["replied"] = "Beantwoord", ["wrong_number"] = "Verkeerd nummer",
            },
            "binnen {0} dagen", "-"),
        ["fr"] = new(
            new()
            {
                ["customer_id"] = "Code client", ["name"] = "Nom du client", ["segment"] = "Groupe client", ["country"] = "Pays",
                ["payment_terms_days"] = "Conditions de paiement", ["invoice_id"] = "Numéro de facture", ["issued_on"] = "Date de facture",
                ["due_on"] = "Date d'échéance", ["invoices.amount"] = "Montant TTC", ["currency"] = "Devise", ["payment_id"] = "Numéro de règlement",
                ["paid_on"] = "Date de règlement", ["payments.amount"] = "Montant payé", ["occurred_at"] = "Date de contact", ["channel"] = "Canal",
                ["outcome"] = "Résultat", ["collector_id"] = "Gestionnaire", ["promised_on"] = "Date de promesse", ["promised_amount"] = "Montant promis",
            },
            new()
            {
                ["phone"] = "Téléphone", ["email"] = "Courriel", ["outbound"] = "sortant", ["inbound"] = "entrant", ["voicemail"] = "Répondeur",
                ["no_answer"] = "Pas de réponse", ["reached"] = "Joint", ["promise_to_pay"] = "Promesse de paiement", ["dispute"] = "Litige",
                ["sent"] = "Envoyé", ["bounced"] = "Non remis", ["replied"] = "Répondu", ["wrong_number"] = "Mauvais numéro",
            },
            "à {0} jours", "/"),
        ["es"] = new(
            new()
            {
                ["customer_id"] = "Código de cliente", ["name"] = "Razón social", ["segment"] = "Segmento", ["country"] = "País",
                ["payment_terms_days"] = "Condiciones de pago", ["invoice_id"] = "Número de factura", ["issued_on"] = "Fecha de factura",
                ["due_on"] = "Fecha de vencimiento", ["invoices.amount"] = "Importe", ["currency"] = "Moneda", ["payment_id"] = "Número de pago",
                ["paid_on"] = "Fecha de pago", ["payments.amount"] = "Importe pagado", ["occurred_at"] = "Fecha de contacto", ["channel"] = "Canal",
                ["outcome"] = "Resultado", ["collector_id"] = "Gestor", ["promised_on"] = "Fecha de promesa", ["promised_amount"] = "Importe prometido",
            },
            new()
            {
                ["phone"] = "Llamada", ["email"] = "Correo electrónico", ["outbound"] = "saliente", ["inbound"] = "entrante", ["voicemail"] = "Buzón de voz",
                ["no_answer"] = "Sin respuesta", ["reached"] = "Contactado", ["promise_to_pay"] = "Promesa de pago", ["dispute"] = "Reclamación",
                ["sent"] = "Enviado", ["bounced"] = "Rebotado", ["replied"] = "Respondido", ["wrong_number"] = "Número equivocado",
            },
            "{0} días", "/"),
        ["it"] = new(
            new()
            {
                ["customer_id"] = "Codice cliente", ["name"] = "Ragione sociale", ["segment"] = "Segmento", ["country"] = "Paese",
                ["payment_terms_days"] = "Termini di pagamento", ["invoice_id"] = "Numero fattura", ["issued_on"] = "Data fattura",
                ["due_on"] = "Data scadenza", ["invoices.amount"] = "Importo", ["currency"] = "Valuta", ["payment_id"] = "Numero pagamento",
                ["paid_on"] = "Data pagamento", ["payments.amount"] = "Importo pagato", ["occurred_at"] = "Data contatto", ["channel"] = "Canale",
                ["outcome"] = "Esito", ["collector_id"] = "Operatore", ["promised_on"] = "Data promessa", ["promised_amount"] = "Importo promesso",
            },
            new()
            {
                ["phone"] = "Telefonata", ["email"] = "Posta elettronica", ["outbound"] = "in uscita", ["inbound"] = "in entrata", ["voicemail"] = "Segreteria",
                ["no_answer"] = "Nessuna risposta", ["reached"] = "Contattato", ["promise_to_pay"] = "Promessa di pagamento", ["dispute"] = "Contestazione",
                ["sent"] = "Inviato", ["bounced"] = "Non recapitato", ["replied"] = "Risposto", ["wrong_number"] = "Numero errato",
            },
            "{0} giorni", "/"),
        ["pt"] = new(
            new()
            {
                ["customer_id"] = "Código do cliente", ["name"] = "Razão social", ["segment"] = "Segmento", ["country"] = "País",
                ["payment_terms_days"] = "Prazo de pagamento", ["invoice_id"] = "Número da fatura", ["issued_on"] = "Data de emissão",
                ["due_on"] = "Data de vencimento", ["invoices.amount"] = "Valor", ["currency"] = "Moeda", ["payment_id"] = "Número do pagamento",
                ["paid_on"] = "Data do pagamento", ["payments.amount"] = "Valor pago", ["occurred_at"] = "Data do contato", ["channel"] = "Canal",
                ["outcome"] = "Resultado", ["collector_id"] = "Cobrador", ["promised_on"] = "Data da promessa", ["promised_amount"] = "Valor prometido",
            },
            new()
            {
                ["phone"] = "Ligação", ["email"] = "E-mail", ["outbound"] = "saída", ["inbound"] = "entrada", ["voicemail"] = "Caixa postal",
                ["no_answer"] = "Sem resposta", ["reached"] = "Contatado", ["promise_to_pay"] = "Promessa de pagamento", ["dispute"] = "Contestação",
                ["sent"] = "Enviado", ["bounced"] = "Devolvido", ["replied"] = "Respondido", ["wrong_number"] = "Número errado",
            },
            "{0} dias", "-"),
    };

    [Theory]
    [InlineData("de")]
    [InlineData("nl")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    public void Analyze_TheSampleAsALocalSystemExportsIt_ReadWithoutAMappingToTheSameFigures(string language)
    {
        // Semicolons, Windows-1252, CR LF, day-first dates, decimal commas, and the language's column names, words and terms.
        var export = LocalExports[language];
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("local"));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var separator = export.DateSeparator;
        string Local(string column, string value) =>
            column == "payment_terms_days" ? string.Format(System.Globalization.CultureInfo.InvariantCulture, export.Terms, value)
            : export.Words.TryGetValue(value, out var word) ? word
            : System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(
                    System.Text.RegularExpressions.Regex.Replace(value, @"^(\d{4})-(\d\d)-(\d\d)$", $"$3{separator}$2{separator}$1"),
                    @"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):00$", $"$3{separator}$2{separator}$1 $4:$5"),
                @"^(-?\d+)\.(\d\d)$", "$1,$2");
        foreach (var file in new[] { "customers.csv", "invoices.csv", "payments.csv", "contact_attempts.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(CliRun.SampleData, file));
            var header = lines[0].Split(',');
            var entity = Path.GetFileNameWithoutExtension(file);
            var names = header.Select(h => export.Names.GetValueOrDefault($"{entity}.{h}") ?? export.Names.GetValueOrDefault(h, h));
            var rows = lines.Skip(1).Select(line => string.Join(';', line.Split(',').Select((value, c) => Local(header[c], value))));
            File.WriteAllText(Path.Combine(folder.File("local"), file), string.Join(';', names) + "\r\n" + string.Join("\r\n", rows) + "\r\n",
                System.Text.Encoding.GetEncoding(1252));
        }

        var local = Succeeds("analyze", "--data", folder.File("local"), "--out", folder.File("local-out"));
        Succeeds("analyze", "--data", CliRun.SampleData, "--out", folder.File("out"));

        Assert.Contains("0 rows rejected (0 errors)", local.Output);
        foreach (var file in new[] { "channel_mix_summary.csv", "dso_monthly.csv", "aging.csv", "promises.csv", "survival.csv", "invoice_outcomes.csv" })
            Assert.True(File.ReadAllText(Path.Combine(folder.File("out"), file)) == File.ReadAllText(Path.Combine(folder.File("local-out"), file)), file);
    }
}
