using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Reads the four files of the data contract in dependency order (customers, invoices, payments,
/// contact attempts), rejecting and reporting bad rows so that references in later files can be checked.
/// A row that references a rejected customer or invoice is rejected too, naming the root cause.
/// </summary>
internal static class HistoryLoader
{
    private const int MinPhoneDigits = 5;

    // The rows read ahead of the real read to learn a file's habits (receipts written negative, Mail for email).
    private const int RowsLooked = 1_000;

    public static CollectionHistory Load(string folder, LoadOptions options)
    {
        var mapping = options.Mapping ?? new ColumnMapping();
        var flat = FlatExport.Find(folder, mapping);
        if (flat is not null) (folder, mapping) = (flat.Folder, flat.Mapping(mapping));
        else if (!Directory.Exists(folder))
            throw new DataLoadException($"{folder}: data folder not found");
        var log = new IssueLog(options.Strict, options.MaxIssuesListed);
        var (asOf, today) = options.ResolveAsOf();
        var files = new List<FileSummary>();

        // Payments and contact attempts depend only on customers and invoices, so they are read side by side, each
        // with its own issue log and progress, told in file order: the report is the same as a one-by-one read's.
        var sideBySide = new InFileOrder(options.Progress);
        var paymentLog = log.ForOneFile();
        var attemptLog = log.ForOneFile();

        // Open every file first so that a missing file or column fails before any work is done.
        using var customerTable = OpenFlat(flat, () => CsvTable.Open(folder, DataContract.Customers, mapping, options.Progress));
        using var invoiceTable = OpenFlat(flat, () => CsvTable.Open(folder, DataContract.Invoices, mapping, options.Progress));
        using var paymentTable = OpenFlat(flat, () => CsvTable.Open(folder, DataContract.Payments, flat is null ? mapping : FlatExport.ForPayments(mapping, invoiceTable), sideBySide.First));
        var mailAsEmail = flat is { ContactLog: false } ? null : MailAsEmail(folder, mapping);
        using var attemptTable = flat is { ContactLog: false } ? CsvTable.None(DataContract.ContactAttempts)
            : CsvTable.Open(folder, DataContract.ContactAttempts, mailAsEmail is null ? mapping : WithChannelWord(mapping, mailAsEmail, "email"), sideBySide.Second);
        if (flat is not null) log.Add(flat.Warning);

        // What is said of a whole file (its encoding, date order, title lines) is said once, where one file is read for several entities.
        var filesTold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (table, fileLog) in new[] { (customerTable, log), (invoiceTable, log), (paymentTable, paymentLog), (attemptTable, attemptLog) })
        {
            if (table.SourcePath is not { } path || filesTold.Add(path)) TellFile(table, fileLog);
            foreach (var (header, column) in table.UsualNamesRead)
                fileLog.Add(new DataQualityIssue(table.File, table.HeaderLine, column, header,
                    "header name read as this column, a usual name for it; if another column of the export holds it, name that one in a mapping file", IssueSeverity.Warning));
        }
        if (invoiceTable.HeaderOf(DataContract.Invoices.DueOn) is null)
            log.Add(new DataQualityIssue(invoiceTable.File, invoiceTable.HeaderLine, DataContract.Invoices.DueOn.Name, "",
                (customerTable.HeaderOf(DataContract.Customers.PaymentTermsDays) is null
                    ? $"no due_on column, and no payment terms in {customerTable.File}: each invoice is due {Customer.DefaultPaymentTermsDays} days after its issue date, the default terms"
                    : $"no due_on column: each invoice is due its customer's payment_terms_days after its issue date ({Customer.DefaultPaymentTermsDays} where a customer has none)")
                + "; if the export has its due dates under another name, name that column in a mapping file", IssueSeverity.Warning));
        var negativeReceipt = flat is null ? NegativeReceipt(folder, mapping) : null;
        var receiptsNegative = negativeReceipt is not null;
        if (negativeReceipt is not null)
            paymentLog.Add(new DataQualityIssue(paymentTable.File, 1, "(file)", negativeReceipt,
                "payments written as negative amounts, as a ledger credits the customer's account: read without the sign; "
                + "a positive amount in this file is money paid out (a refund or a reversal) and is rejected", IssueSeverity.Warning));
        if (mailAsEmail is not null)
            attemptLog.Add(new DataQualityIssue(attemptTable.File, 1, DataContract.ContactAttempts.Channel.Name, mailAsEmail,
                "read as email: the file's first rows name no other channel as email; if it means letters, say so in the mapping file, "
                + $"\"values\": {{ \"channel\": {{ \"{mailAsEmail}\": \"letter\" }} }}", IssueSeverity.Warning));
        var rejected = new Rejected();
        var invoiceCheck = new RowChecker(invoiceTable, log, asOf);
        var paymentCheck = new RowChecker(paymentTable, paymentLog, asOf);
        var attemptCheck = new RowChecker(attemptTable, attemptLog, asOf);
        var customers = ReadCustomers(customerTable, new RowChecker(customerTable, log, asOf), rejected, files);
        var invoices = ReadInvoices(invoiceTable, invoiceCheck, customers, rejected, files, options.Strict ? null : options.InvoiceHalvesFromBytes, log, asOf);
        var paymentFiles = new List<FileSummary>();
        var attemptFiles = new List<FileSummary>();
        var readPayments = Task.Run(() =>
        {
            try
            {
                return ReadPayments(paymentTable, paymentCheck, customers, invoices, rejected, paymentFiles, PaymentLines(paymentTable, invoiceTable), receiptsNegative);
            }
            finally
            {
                sideBySide.FirstDone();
            }
        });
        var readAttempts = Task.Run(() => ReadAttempts(attemptTable, attemptCheck, customers, invoices, rejected, attemptFiles));
        // The ledger needs no contact attempts and the contacts no payments: each is built as soon as its file is read,
        // on the core that read it, while the other file is still being read or the dates are checked below.
        var whenRead = TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously;
        var ledger = readPayments.ContinueWith(read => CollectionHistory.Ledger.Build(invoices.Kept, CollectionsMarshal.AsSpan(invoices.Customers),
            read.Result.Kept, CollectionsMarshal.AsSpan(read.Result.Invoices), CollectionsMarshal.AsSpan(read.Result.Customers), customers.Kept.Count), whenRead);
        var contacts = readAttempts.ContinueWith(read => CollectionHistory.Contacts.Build(read.Result.Kept, CollectionsMarshal.AsSpan(read.Result.Customers),
            CollectionsMarshal.AsSpan(read.Result.Invoices), customers.Kept.Count, invoices.Kept.Count), whenRead);
        try
        {
            Task.WaitAll(readPayments, readAttempts);
        }
        catch (AggregateException)
        {
            // Rethrown below in file order: in strict mode the payments' first issue wins, as in a one-by-one read.
        }
        var payments = readPayments.GetAwaiter().GetResult().Kept;
        var attempts = readAttempts.GetAwaiter().GetResult().Kept;
        log.Append(paymentLog);
        log.Append(attemptLog);
        files.AddRange(paymentFiles);
        files.AddRange(attemptFiles);

        var invoiceList = invoices.Kept;
        var usable = DateOutliers.UsableRange(CollectionHistory.EventDates(invoiceList, payments, attempts), asOf);
        FlagOutliers(log, usable, asOf, today, invoiceCheck, DataContract.Invoices.IssuedOn, invoiceList, i => i.IssuedOn);
        FlagOutliers(log, usable, asOf, today, paymentCheck, DataContract.Payments.PaidOn, payments, p => p.PaidOn);
        FlagOutliers(log, usable, asOf, today, attemptCheck, DataContract.ContactAttempts.OccurredAt, attempts, a => a.OccurredOn);
        var indexes = new CollectionHistory.Indexes(customers.Positions, invoices.Positions, ledger.GetAwaiter().GetResult(), contacts.GetAwaiter().GetResult());
        return CollectionHistory.FromLoaded(customers.Kept, invoiceList, payments, attempts, indexes,
            facts => new DataQualityReport(files, log.Listed, log.Counts, facts), usable, asOf);
    }

    /// <summary>Warns of what was read of a file as a whole: the encoding guessed, the contract file it stands for, the date order, title lines.</summary>
    private static void TellFile(CsvTable table, IssueLog fileLog)
    {
        if (table.GuessedEncoding is { } guessed)
            fileLog.Add(new DataQualityIssue(table.File, 1, "(file)", guessed,
                "not UTF-8 text: read as Windows-1252, a legacy Windows encoding; if it is another, give it with --encoding or \"encoding\" in the mapping file",
                IssueSeverity.Warning));
        if (table.ReadFor is { } contractName)
            fileLog.Add(new DataQualityIssue(table.File, 1, "(file)", table.File,
                $"read for {contractName}, which the folder does not have; if it is not that file, name the right one in a mapping file", IssueSeverity.Warning));
        if (table.FoundDateFormat is (var format, var example))
        {
            var shown = format.Contains("MMM", StringComparison.Ordinal)
                ? "the file's first dates with the month's name are written so" : "the first dates of the file fit only that order of day and month";
            fileLog.Add(new DataQualityIssue(table.File, 1, "(file)", example,
                $"dates read as {format}: {shown}; if that is wrong, give the format with --date-format or \"date_format\" in the mapping file",
                IssueSeverity.Warning));
        }
        if (table.FirstLineAboveHeader is (var line, var title))
            fileLog.Add(new DataQualityIssue(table.File, line, "(file)", RowChecker.FirstLineClipped(title),
                $"{Plural.Count(table.LinesAboveHeader, "line")} above the header skipped: a title or notes, not rows", IssueSeverity.Warning));
    }

    /// <summary>Opens a table; where it is of a flat export, a file that is none fails with why it was read as one.</summary>
    private static CsvTable OpenFlat(FlatExport? flat, Func<CsvTable> open)
    {
        try
        {
            return open();
        }
        catch (DataLoadException e) when (flat is not null)
        {
            throw new DataLoadException($"{e.Message} ({flat.FileName} was read as one flat export of invoices: {flat.Why})");
        }
    }

    /// <summary>Warns about each kept row whose date is an outlier: the row stays, but the date cannot move the as-of date.</summary>
    private static void FlagOutliers<T>(IssueLog log, (DateOnly First, DateOnly Last)? usable, DateOnly asOf, string today,
        RowChecker check, ContractColumn column, IReadOnlyList<T> kept, Func<T, DateOnly> dateOf)
    {
        for (var row = 0; row < kept.Count; row++)
        {
            var (date, line) = (dateOf(kept[row]), check.KeptLines[row]);
            var reason = date > asOf ? $"date is after {today} ({asOf:yyyy-MM-dd})"
                : usable is { } range && (date < range.First || date > range.Last)
                    ? $"date is more than {DateOutliers.GapDays} days away from the rest of the data ({range.First:yyyy-MM-dd} to {range.Last:yyyy-MM-dd})"
                    : null;
            if (reason is not null)
                log.Add(new DataQualityIssue(check.File, line, column.Name, $"{date:yyyy-MM-dd}", reason + "; kept, but set aside as an outlier", IssueSeverity.Warning));
        }
    }

    private static KeptCustomers ReadCustomers(CsvTable table, RowChecker check, Rejected rejected, List<FileSummary> files)
    {
        var columns = DataContract.Customers;
        // Insertion order is file order: Dictionary keeps it while nothing is removed.
        var customers = new KeptCustomers(table.EstimatedRows);
        var keptRows = 0L;
        // An unknown zone is looked up on disk each time: an export repeats a handful of zones over many rows.
        var knownZones = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(columns.CustomerId);
            var repeated = id is not null && customers.Positions.ContainsKey(id);
            if (repeated && table.Shared) check.RepeatsKeptRow();
            var name = check.Text(columns.Name);
            var segment = check.Text(columns.Segment);
            var country = check.Text(columns.Country);
            var timeZone = check.Text(columns.TimeZone);
            var terms = check.Days(columns.PaymentTermsDays, DataContract.LongestTermsDays);
            var creditLimit = check.NonNegativeAmount(columns.CreditLimit);
            var onboarded = check.Date(columns.OnboardedOn);
            var contact = check.Text(columns.ContactName);
            var phone = check.Text(columns.Phone);
            var email = check.Text(columns.Email);
            if (repeated && !table.Shared)
                check.RejectDuplicate(columns.CustomerId, id!);
            if (country is not null)
            {
                // A code no list knows yet (two letters) is kept as written.
                var code = CountryCodes.Find(country) ?? (IsLetterCode(country, 2) ? country.ToUpperInvariant() : null);
                if (code is null)
                    check.Fail(columns.Country, country, "not an ISO 3166-1 country code or country name such as NL, NLD or Netherlands");
                country = code;
            }
            if (timeZone is not null)
            {
                var known = KnownZone(knownZones, timeZone);
                if (known is null)
                    check.Fail(columns.TimeZone, timeZone, "not an IANA time zone id such as Europe/Amsterdam, nor a Windows one such as W. Europe Standard Time");
                timeZone = known;
            }
            if (phone is not null && phone.Count(char.IsAsciiDigit) < MinPhoneDigits)
            {
                check.Fail(columns.Phone, phone, $"not a phone number (fewer than {MinPhoneDigits} digits)");
                phone = null;
            }
            if (email is not null && !email.Contains('@'))
            {
                check.Fail(columns.Email, email, "not an email address");
                email = null;
            }
            if (id is null) continue;
            if (!check.RowOk)
            {
                // A rejected repeat in a flat export leaves the customer its first row gave.
                if (!repeated) rejected.Customer(id, check.RowIssue!);
                continue;
            }
            var customer = new Customer(id, name, segment, country, timeZone,
                terms ?? Customer.DefaultPaymentTermsDays, creditLimit, onboarded, contact, phone, email);
            keptRows++;
            if (!repeated)
                customers.Add(customer);
            else if (customers.Kept[customers.Positions[id]] != customer)
                check.Warn(columns.CustomerId, id, "customer_id repeated with other customer details; the first row's are kept");
        }
        // In a flat export a customer's repeated rows are kept as that one customer.
        Finish(table, check, keptRows, files);
        return customers;
    }

    /// <summary>
    /// Reads the invoices, which are read alone (every later file refers to them). A large file is read in two halves
    /// side by side; the second half's rows are taken in where they are what reading on would have given (the first
    /// half stopped at the record the second started with, met no invalid bytes, and shares no invoice id with it),
    /// else the first half reads on. Not in strict mode (<paramref name="halvesFromBytes"/> null), which stops at the
    /// first issue in file order.
    /// </summary>
    private static KeptInvoices ReadInvoices(CsvTable table, RowChecker check, KeptCustomers customers, Rejected rejected,
        List<FileSummary> files, long? halvesFromBytes, IssueLog log, DateOnly asOf)
    {
        var invoices = new KeptInvoices(table.EstimatedRows);
        using var rest = halvesFromBytes is { } minBytes ? table.SplitInHalves(minBytes) : null;
        if (rest is null)
        {
            ReadInvoiceRows(table, check, customers, rejected, invoices);
        }
        else
        {
            var (restLog, restRejected, restInvoices) = (log.ForOneFile(), rejected.ForRest(), new KeptInvoices(rest.EstimatedRows));
            var restCheck = new RowChecker(rest, restLog, asOf);
            var readRest = Task.Run(() => ReadInvoiceRows(rest, restCheck, customers, restRejected, restInvoices));
            try
            {
                ReadInvoiceRows(table, check, customers, rejected, invoices);
            }
            finally
            {
                // Waited for without throwing: whatever failed the rest, reading on in one go meets again.
                Task.WaitAny(readRest);
            }
            if (readRest.IsCompletedSuccessfully && table.StoppedAtSplit && !table.MetInvalidBytes && !invoices.SharesIdWith(restInvoices, restRejected))
            {
                log.Append(restLog);
                check.Absorb(restCheck);
                rejected.Absorb(restRejected);
                invoices.Absorb(restInvoices);
                table.CountRowsOf(rest);
            }
            else
            {
                table.Resume();
                ReadInvoiceRows(table, check, customers, rejected, invoices);
            }
        }
        Finish(table, check, invoices.Kept.Count + invoices.RepeatedRows, files);
        return invoices;
    }

    private static void ReadInvoiceRows(CsvTable table, RowChecker check, KeptCustomers customers, Rejected rejected, KeptInvoices invoices)
    {
        var columns = DataContract.Invoices;
        var derivedDue = table.HeaderOf(columns.DueOn) is null;
        var currencies = new StringPool();
        Span<char> upperCode = stackalloc char[3];
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(columns.InvoiceId);
            var customer = KnownCustomer(check, columns.CustomerId, customers, rejected, out var customerAt);
            var issued = check.Date(columns.IssuedOn);
            // Without a due_on column, the due date is the issue date plus the customer's terms (warned of once, on the header).
            var due = !derivedDue ? check.Date(columns.DueOn, mayBeLater: true)
                : issued is { } issuedOn && customer is not null ? DueAfterTerms(check, issuedOn, customer.PaymentTermsDays) : null;
            var amount = check.Amount(columns.Amount, positive: false);
            var currencyCode = check.Field(columns.Currency);
            // One hash per id: the id's entry is made here and filled in (or taken out again) when the row is decided.
            ref var position = ref Unsafe.NullRef<int>();
            var seen = false;
            if (id is not null)
            {
                position = ref CollectionsMarshal.GetValueRefOrAddDefault(invoices.Positions, id, out seen);
                if (seen && !table.Shared) check.RejectDuplicate(columns.InvoiceId, id);
                else if (seen) check.RepeatsKeptRow();
            }
            if (issued is { } i && due is { } d)
            {
                if (d < i)
                    check.Fail(columns.DueOn, $"{d:yyyy-MM-dd}", $"due_on is before issued_on '{i:yyyy-MM-dd}'");
                else if (d.DayNumber - i.DayNumber > DataContract.LongestTermsDays)
                    // A placeholder such as 9999-12-31: as a due date it would move every days-beyond-terms mean by years.
                    check.Fail(columns.DueOn, $"{d:yyyy-MM-dd}",
                        $"due_on is more than {DataContract.LongestTermsDays} days after issued_on, longer than any payment terms; issued_on is '{i:yyyy-MM-dd}'");
            }
            string? currency = null;
            if (IsLetterCode(currencyCode, 3))
            {
                currencyCode.ToUpperInvariant(upperCode);
                currency = currencies.Get(upperCode);
            }
            else if (!currencyCode.IsEmpty)
            {
                check.Fail(columns.Currency, currencyCode.ToString(), "not an ISO 4217 currency code such as EUR");
            }
            if (id is null) continue;
            // A flat export lists an invoice paid in parts once per payment: a repeat of a kept invoice is that invoice.
            if (seen && table.Shared && check.RowOk && customer is not null)
            {
                if (invoices.Kept[position] is var first && first.CustomerId == customer.CustomerId && first.IssuedOn == issued
                    && first.DueOn == due && first.Amount == amount && first.Currency == currency)
                {
                    invoices.RepeatedRows++;
                    continue;
                }
                check.RejectDuplicate(columns.InvoiceId, id);
            }
            if (!check.RowOk || customer is null)
            {
                if (!seen) invoices.Positions.Remove(id);
                if (table.Shared) invoices.RejectedLines.Add(table.Line, check.RowIssue!);
                rejected.Invoice(id, check.RowIssue!);
                continue;
            }
            check.Keep();
            position = invoices.Kept.Count;
            invoices.Add(new Invoice(id, customer.CustomerId, issued!.Value, due!.Value, amount!.Value, currency), customerAt);
        }
    }

    /// <summary>The due date <paramref name="terms"/> days after <paramref name="issued"/>; null, rejecting the row, past the calendar's end.</summary>
    private static DateOnly? DueAfterTerms(RowChecker check, DateOnly issued, int terms)
    {
        if (issued.DayNumber <= DateOnly.MaxValue.DayNumber - terms) return issued.AddDays(terms);
        check.Fail(DataContract.Invoices.DueOn, "", $"no due date: {terms} days of payment terms after issued_on '{issued:yyyy-MM-dd}' is past the calendar's end");
        return null;
    }

    /// <summary>
    /// True where the payments are a flat export's lines, one per payment: the file gives a paid amount of its own, and a
    /// payment's id is its invoice number. An invoice paid in parts then repeats its number, once for each payment.
    /// </summary>
    private static bool PaymentLines(CsvTable payments, CsvTable invoices) =>
        payments.Shared && payments.HeaderOf(DataContract.Payments.InvoiceId) is { } invoiceNumber
        && payments.HeaderOf(DataContract.Payments.PaymentId) == invoiceNumber
        && payments.HeaderOf(DataContract.Payments.Amount) != invoices.HeaderOf(DataContract.Invoices.Amount);

    /// <summary>
    /// The first negative amount of the payments file, where it writes payments received as negative amounts, as ledgers
    /// and cash-receipt journals credit the customer's account: more than half of the amounts of its first rows are
    /// below zero. Null where most are positive, as the data contract writes them.
    /// </summary>
    private static string? NegativeReceipt(string folder, ColumnMapping mapping)
    {
        using var table = CsvTable.Open(folder, DataContract.Payments, mapping, progress: null);
        var (negative, positive) = (0, 0);
        string? first = null;
        while (negative + positive < RowsLooked && table.Read())
        {
            if (!RowChecker.TryParseAmount(table, table.Value(DataContract.Payments.Amount), out var amount) || amount == 0) continue;
            if (amount > 0) positive++;
            else if (++negative == 1) first = table.Value(DataContract.Payments.Amount).ToString();
        }
        return negative > positive ? first : null;
    }

    /// <summary>
    /// The channel word <c>Mail</c> as the contact attempts file writes it, where its first rows use it and name no other
    /// channel as email: there it is the email (letters are rarely a large share of collection efforts, and an export
    /// that has both writes email otherwise). Null where the file does not use it, names email otherwise, or the
    /// mapping says what it is.
    /// </summary>
    private static string? MailAsEmail(string folder, ColumnMapping mapping)
    {
        var channel = DataContract.ContactAttempts.Channel;
        using var table = CsvTable.Open(folder, DataContract.ContactAttempts, mapping, progress: null);
        string? mail = null;
        for (var row = 0; row < RowsLooked && table.Read(); row++)
        {
            var word = table.Value(channel);
            var ours = table.ContractWord(channel, word);
            if (ExportWords.IsAmbiguousChannel<Channel>(word))
            {
                if (ours is not null) return null;
                mail ??= word.Trim().ToString();
            }
            else if ((ours is not null ? Words.TryParse(ours, out Channel named)
                         : Words.TryParse(word, out named) || ExportWords.TryParse(word, out named) || ExportWords.TryParseWithDirection(word, out named, out _))
                     && named == Channel.Email)
            {
                return null;
            }
        }
        return mail;
    }

    /// <summary><paramref name="mapping"/> with the contact attempts' channel word <paramref name="word"/> read as <paramref name="channel"/>.</summary>
    private static ColumnMapping WithChannelWord(ColumnMapping mapping, string word, string channel)
    {
        var name = DataContract.ContactAttempts.Channel.Name;
        var words = new Dictionary<string, string>(mapping.Values.GetValueOrDefault(name) ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
        {
            [word] = channel,
        };
        return mapping with { Values = new Dictionary<string, IReadOnlyDictionary<string, string>>(mapping.Values) { [name] = words } };
    }

    /// <summary>
    /// Reads the payments. Among a flat export's payment lines (<paramref name="paymentLines"/>), a repeated id is the
    /// invoice's next payment, with the id <c>number#2</c>, <c>number#3</c> and so on, unless the row repeats an
    /// earlier line's date and amount.
    /// </summary>
    private static KeptRows<Payment> ReadPayments(CsvTable table, RowChecker check, KeptCustomers customers,
        KeptInvoices invoices, Rejected rejected, List<FileSummary> files, bool paymentLines, bool receiptsNegative)
    {
        var columns = DataContract.Payments;
        var payments = new KeptRows<Payment>(table.EstimatedRows);
        var ids = new SeenIds(table.EstimatedRows);
        var linesSeen = paymentLines ? new HashSet<(string, DateOnly, decimal)>() : null;
        var parts = paymentLines ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var notPayments = 0;
        var lastInvoice = -1;
        while (table.Read())
        {
            check.Begin();
            // In a flat export, a row without a payment date is an invoice not paid yet, and one of a credit note (zero or
            // less) is no payment either: nothing wrong with either.
            if (table.Shared && check.RowOk
                && (table.Value(columns.PaidOn).IsEmpty || (check.TryPeekAmount(columns.Amount, out var amount) && amount <= 0)))
            {
                notPayments++;
                continue;
            }
            var id = check.Text(columns.PaymentId);
            var customer = KnownCustomer(check, columns.CustomerId, customers, rejected, out var customerAt);
            var invoice = KnownInvoice(check, columns.InvoiceId, customer, invoices, rejected, ref lastInvoice, out var invoiceAt);
            if (invoice is not null && table.Shared && invoices.RejectedLines.TryGetValue(table.Line, out var invoiceRow))
            {
                check.RejectWithParent(columns.InvoiceId, invoice.InvoiceId, invoiceRow);
                invoice = null;
            }
            var paid = check.Date(columns.PaidOn);
            var paidAmount = receiptsNegative ? check.Receipt(columns.Amount) : check.Amount(columns.Amount, positive: true);
            // Among payment lines, a row that repeats no earlier line's date and amount is a payment of its own.
            var newLine = id is not null && linesSeen is not null && paid is { } on && paidAmount is { } part && linesSeen.Add((id, on, part));
            if (id is not null && !ids.Add(id))
            {
                if (newLine && NextPart(parts!, id) is var nextId && ids.Add(nextId)) id = nextId;
                else check.RejectDuplicate(columns.PaymentId, id);
            }
            if (invoice is not null && paid is { } p && p < invoice.IssuedOn)
                check.Fail(columns.PaidOn, $"{p:yyyy-MM-dd}", $"paid before the invoice was issued on '{invoice.IssuedOn:yyyy-MM-dd}'");
            // A credit note is owed to the customer: money against it is a refund, or a payment applied to the wrong document.
            if (invoice is { IsCreditNote: true } && check.RowOk)
                check.Warn(columns.InvoiceId, invoice.InvoiceId, "names a credit note, which the customer is not asked to pay: "
                    + "a refund or a payment applied to the wrong document; kept as written");
            if (!check.RowOk || id is null || customer is null) continue;
            check.Keep();
            payments.Add(new Payment(id, customer.CustomerId, invoice?.InvoiceId, paid!.Value, paidAmount!.Value), customerAt, invoiceAt);
        }
        Finish(table, check, payments.Kept.Count + notPayments, files);
        return payments;

        // The id of an invoice's next payment line: number#2, number#3, ...
        static string NextPart(Dictionary<string, int> parts, string id)
        {
            var part = parts.GetValueOrDefault(id, 1) + 1;
            parts[id] = part;
            return $"{id}#{part}";
        }
    }

    private static KeptRows<ContactAttempt> ReadAttempts(CsvTable table, RowChecker check, KeptCustomers customers,
        KeptInvoices invoices, Rejected rejected, List<FileSummary> files)
    {
        var columns = DataContract.ContactAttempts;
        var attempts = new KeptRows<ContactAttempt>(table.EstimatedRows);
        var ids = new SeenIds(table.EstimatedRows);
        // Collector ids repeat millions of times: one string per collector.
        var collectors = new StringPool();
        var lastInvoice = -1;
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(columns.AttemptId);
            var customer = KnownCustomer(check, columns.CustomerId, customers, rejected, out var customerAt);
            var invoice = KnownInvoice(check, columns.InvoiceId, customer, invoices, rejected, ref lastInvoice, out var invoiceAt);
            var occurred = check.DateTime(columns.OccurredAt);
            var channel = check.Channel(columns.Channel, out var namedDirection);
            var direction = check.Word<Direction>(columns.Direction);
            if (direction is { } given && namedDirection is { } named && given != named)
                check.Warn(columns.Direction, given.ToWord(), $"the channel '{table.Value(columns.Channel).ToString()}' says {named.ToWord()}; the direction column is kept");
            direction ??= namedDirection;
            var outcome = check.Word<Outcome>(columns.Outcome);
            var collector = check.Field(columns.CollectorId);
            // A promise may fall after the as-of date: that is its point.
            var promisedOn = check.Date(columns.PromisedOn, mayBeLater: true);
            var promisedAmount = !table[columns.PromisedAmount].IsEmpty ? check.Amount(columns.PromisedAmount, positive: true) : null;
            if (id is not null && !ids.Add(id))
                check.RejectDuplicate(columns.AttemptId, id);
            if (promisedOn is { } promised && occurred is { } at && promised < DateOnly.FromDateTime(at.DateTime))
            {
                check.Fail(columns.PromisedOn, $"{promised:yyyy-MM-dd}", "promised_on is before the contact in which the promise was made");
                promisedOn = null;
            }
            if (!check.RowOk || id is null || customer is null) continue;
            check.Keep();
            attempts.Add(new ContactAttempt(id, customer.CustomerId, invoice?.InvoiceId, occurred!.Value, channel!.Value,
                direction ?? Direction.Outbound, outcome, collector.IsEmpty ? null : collectors.Get(collector), promisedOn, promisedAmount),
                customerAt, invoiceAt);
        }
        Finish(table, check, attempts.Kept.Count, files);
        return attempts;
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>A code of <paramref name="length"/> ASCII letters, such as a country (NL) or a currency (EUR).</summary>
    private static bool IsLetterCode(ReadOnlySpan<char> text, int length) => text.Length == length && !text.ContainsAnyExcept(AsciiLetters);

    /// <summary>The IANA id of a time zone written as one or as a Windows id (read as its IANA id); null where it is neither.</summary>
    private static string? KnownZone(Dictionary<string, string?> known, string zone)
    {
        if (!known.TryGetValue(zone, out var found))
        {
            found = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone
                : WindowsTimeZones.IanaId(zone) is { } iana && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out _) ? iana : null;
            known.Add(zone, found);
        }
        return found;
    }

    // Looked up from the span: a reference costs no string unless it fails.
    private static Customer? KnownCustomer(RowChecker check, ContractColumn column, KeptCustomers customers, Rejected rejected, out int position)
    {
        var field = check.Field(column);
        position = -1;
        if (field.IsEmpty) return null;
        if (customers.Positions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(field, out position)) return customers.Kept[position];
        position = -1;
        var id = field.ToString();
        if (rejected.CustomerCause(id) is { } cause) check.RejectWithParent(column, id, cause);
        else if (customers.Similar(id) is { } similar)
        {
            // The one customer it can be, its id rewritten by a spreadsheet or another system.
            check.WarnReadAsSimilar(column, id, "customers.csv", similar);
            position = customers.Positions[similar];
            return customers.Kept[position];
        }
        else check.RejectUnknown(column, id, "customers.csv");
        return null;
    }

    // An invoice reference is optional, but one that is given must resolve: it says which invoice the row is about.
    private static Invoice? KnownInvoice(RowChecker check, ContractColumn column, Customer? customer, KeptInvoices invoices, Rejected rejected,
        ref int lastFound, out int position)
    {
        var field = check.Field(column);
        position = -1;
        if (field.IsEmpty) return null;
        var invoice = invoices.Find(field, ref lastFound, out position);
        if (invoice is null)
        {
            var id = field.ToString();
            if (rejected.InvoiceCause(id) is { } cause) check.RejectWithParent(column, id, cause);
            else if (invoices.Similar(id) is { } similar)
            {
                check.WarnReadAsSimilar(column, id, "invoices.csv", similar);
                position = lastFound = invoices.Positions[similar];
                invoice = invoices.Kept[position];
            }
            else check.RejectUnknown(column, id, "invoices.csv");
            if (invoice is null) return null;
        }
        if (customer is not null && invoice.CustomerId != customer.CustomerId)
        {
            check.Reject(column, invoice.InvoiceId, $"invoice belongs to customer '{invoice.CustomerId}', not to this row's customer");
            position = -1;
            return null;
        }
        return invoice;
    }

    /// <summary>
    /// Tells the progress of two files read side by side in file order: the second file's reports are held until the
    /// first file is read, so a progress display reads as if the files were read one after the other.
    /// </summary>
    private sealed class InFileOrder(IProgress<LoadProgress>? progress)
    {
        private readonly Lock _gate = new();
        private readonly List<LoadProgress> _held = [];
        private bool _firstDone;

        public IProgress<LoadProgress>? First => progress is null ? null : new Relay(value =>
        {
            lock (_gate) progress.Report(value);
        });

        public IProgress<LoadProgress>? Second => progress is null ? null : new Relay(value =>
        {
            lock (_gate)
            {
                if (_firstDone) progress.Report(value);
                else _held.Add(value);
            }
        });

        /// <summary>The first file is read (or failed): the second file's held reports are told.</summary>
        public void FirstDone()
        {
            lock (_gate)
            {
                _firstDone = true;
                foreach (var held in _held) progress?.Report(held);
                _held.Clear();
            }
        }

        private sealed class Relay(Action<LoadProgress> report) : IProgress<LoadProgress>
        {
            public void Report(LoadProgress value) => report(value);
        }
    }

    /// <summary>
    /// The kept invoices in file order and the position of each by id: the lookup for the rows that reference them,
    /// and the history's index of invoices (a million ids are hashed once).
    /// </summary>
    private sealed class KeptInvoices(int capacity)
    {
        public List<Invoice> Kept { get; } = new(capacity);
        public Dictionary<string, int> Positions { get; } = new(capacity, StringComparer.Ordinal);
        public List<int> Customers { get; } = new(capacity);

        /// <summary>Rows of a flat export that repeat a kept invoice (its lines per payment): read and kept as that invoice.</summary>
        public long RepeatedRows { get; set; }

        /// <summary>
        /// The lines of a flat export whose invoice was rejected, with why. The payment on such a line is rejected with
        /// it, also where another line kept an invoice under that number.
        /// </summary>
        public Dictionary<long, DataQualityIssue> RejectedLines { get; } = [];

        private readonly SimilarIds _similar = new();

        public string? Similar(string id) => _similar.Find(id, Kept.Select(i => i.InvoiceId));

        /// <summary>True when the rest of a split file kept or rejected an invoice id that these invoices hold (a duplicate it could not see).</summary>
        public bool SharesIdWith(KeptInvoices rest, Rejected restRejected) =>
            rest.Kept.Any(i => Positions.ContainsKey(i.InvoiceId)) || restRejected.InvoiceIds.Any(Positions.ContainsKey);

        /// <summary>Appends the invoices of the rest of a split file, after <see cref="SharesIdWith"/> found no id in both.</summary>
        public void Absorb(KeptInvoices rest)
        {
            var offset = Kept.Count;
            Kept.AddRange(rest.Kept);
            Customers.AddRange(rest.Customers);
            RepeatedRows += rest.RepeatedRows;
            foreach (var (line, issue) in rest.RejectedLines) RejectedLines.Add(line, issue);
            foreach (var (id, position) in rest.Positions) Positions.Add(id, offset + position);
        }

        /// <summary>Keeps an invoice whose entry in <see cref="Positions"/> the reader has made already.</summary>
        public void Add(Invoice invoice, int customer)
        {
            Kept.Add(invoice);
            Customers.Add(customer);
        }

        /// <summary>
        /// The invoice with this id. A file's rows about one customer often name its invoices in file order, so the
        /// invoice found last (<paramref name="lastFound"/>, the caller's) and the one after it are compared first:
        /// a comparison of two short strings instead of a lookup in a million-entry index.
        /// </summary>
        public Invoice? Find(ReadOnlySpan<char> id, ref int lastFound, out int position)
        {
            for (var guess = Math.Max(lastFound, 0); guess <= lastFound + 1 && guess < Kept.Count; guess++)
            {
                if (id.SequenceEqual(Kept[guess].InvoiceId))
                {
                    position = lastFound = guess;
                    return Kept[guess];
                }
            }
            if (Positions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out position))
            {
                lastFound = position;
                return Kept[position];
            }
            position = -1;
            return null;
        }
    }

    /// <summary>The kept customers in file order and the position of each by id (the history's index of customers).</summary>
    private sealed class KeptCustomers(int capacity)
    {
        public List<Customer> Kept { get; } = new(capacity);
        public Dictionary<string, int> Positions { get; } = new(capacity, StringComparer.Ordinal);
        private readonly SimilarIds _similar = new();

        public string? Similar(string id) => _similar.Find(id, Kept.Select(c => c.CustomerId));

        public void Add(Customer customer)
        {
            Positions.Add(customer.CustomerId, Kept.Count);
            Kept.Add(customer);
        }
    }

    /// <summary>Kept rows of one file with the customer and invoice (-1: none) each names, by position.</summary>
    private sealed class KeptRows<T>(int capacity)
    {
        public List<T> Kept { get; } = new(capacity);
        public List<int> Customers { get; } = new(capacity);
        public List<int> Invoices { get; } = new(capacity);

        public void Add(T row, int customer, int invoice)
        {
            Kept.Add(row);
            Customers.Add(customer);
            Invoices.Add(invoice);
        }
    }

    /// <summary>The root cause of each rejected customer and invoice, for the rows that reference them.</summary>
    private sealed class Rejected
    {
        private readonly Dictionary<string, DataQualityIssue> _customers;
        private readonly Dictionary<string, DataQualityIssue> _invoices = new(StringComparer.Ordinal);

        public Rejected() : this(new(StringComparer.Ordinal)) { }

        private Rejected(Dictionary<string, DataQualityIssue> customers) => _customers = customers;

        /// <summary>For the rest of a split invoices file: the same customers (only read by then), invoices of its own.</summary>
        public Rejected ForRest() => new(_customers);

        /// <summary>Takes in the invoices rejected in the rest of a split file, after those of the first half.</summary>
        public void Absorb(Rejected rest)
        {
            foreach (var (id, cause) in rest._invoices) _invoices.TryAdd(id, cause);
        }

        public IEnumerable<string> InvoiceIds => _invoices.Keys;

        // The first rejected row with an id is the one named; a kept duplicate is found before this is asked.
        public void Customer(string id, DataQualityIssue cause) => _customers.TryAdd(id, cause);
        public void Invoice(string id, DataQualityIssue cause) => _invoices.TryAdd(id, cause);
        public DataQualityIssue? CustomerCause(string id) => _customers.GetValueOrDefault(id);
        public DataQualityIssue? InvoiceCause(string id) => _invoices.GetValueOrDefault(id);
    }

    private static void Finish(CsvTable table, RowChecker check, long kept, List<FileSummary> files)
    {
        check.RequireDateOrder();
        table.ReportDone();
        files.Add(new FileSummary(table.File, table.RowsRead, kept, check.RowsWithOwnErrors));
    }
}
