using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// Reads the four files of the data contract in dependency order (customers, invoices, payments,
/// contact attempts), rejecting and reporting bad rows so that references in later files can be checked.
/// </summary>
internal static class HistoryLoader
{
    private static readonly ColumnSpec[] CustomerColumns =
    [
        new("customer_id", true), new("name", false), new("segment", false), new("country", false),
        new("time_zone", false), new("payment_terms_days", false), new("credit_limit", false),
        new("onboarded_on", false), new("contact_name", false), new("phone", false), new("email", false),
    ];

    private static readonly ColumnSpec[] InvoiceColumns =
    [
        new("invoice_id", true), new("customer_id", true), new("issued_on", true), new("due_on", true),
        new("amount", true), new("currency", false),
    ];

    private static readonly ColumnSpec[] PaymentColumns =
    [
        new("payment_id", true), new("customer_id", true), new("invoice_id", false), new("paid_on", true), new("amount", true),
    ];

    private static readonly ColumnSpec[] AttemptColumns =
    [
        new("attempt_id", true), new("customer_id", true), new("invoice_id", false), new("occurred_at", true),
        new("channel", true), new("direction", false), new("outcome", false), new("collector_id", false),
        new("promised_on", false), new("promised_amount", false),
    ];

    private const string ChannelWords = "phone, email, sms, letter";
    private const string DirectionWords = "outbound, inbound";
    private const string OutcomeWords = "reached, voicemail, no_answer, wrong_number, sent, bounced, replied, promise_to_pay, dispute";

    public static CollectionHistory Load(string folder, LoadOptions options)
    {
        if (!Directory.Exists(folder))
            throw new DataLoadException($"{folder}: data folder not found");
        var mapping = options.Mapping ?? new ColumnMapping();
        var log = new IssueLog(options.Strict, options.MaxIssuesListed);
        var asOf = options.ResolveAsOf();
        var files = new List<FileSummary>();

        // Open every file first so that a missing file or column fails before any work is done.
        using var customerTable = CsvTable.Open(folder, "customers", CustomerColumns, mapping, options.Progress);
        using var invoiceTable = CsvTable.Open(folder, "invoices", InvoiceColumns, mapping, options.Progress);
        using var paymentTable = CsvTable.Open(folder, "payments", PaymentColumns, mapping, options.Progress);
        using var attemptTable = CsvTable.Open(folder, "contact_attempts", AttemptColumns, mapping, options.Progress);

        var customers = ReadCustomers(customerTable, new RowChecker(customerTable, log, asOf), files);
        var invoices = ReadInvoices(invoiceTable, new RowChecker(invoiceTable, log, asOf), customers, files);
        var payments = ReadPayments(paymentTable, new RowChecker(paymentTable, log, asOf), customers, invoices, files);
        var attempts = ReadAttempts(attemptTable, new RowChecker(attemptTable, log, asOf), customers, invoices, files);

        var customerList = customers.Values.ToArray();
        var invoiceList = invoices.Values.ToArray();
        var quality = new DataQualityReport(files, log.Listed, log.Counts,
            CollectionFacts.Compute(customerList, invoiceList, payments, attempts));
        return CollectionHistory.FromRecords(customerList, invoiceList, payments, attempts, quality);
    }

    private static Dictionary<string, Customer> ReadCustomers(CsvTable table, RowChecker check, List<FileSummary> files)
    {
        // Insertion order is file order: Dictionary keeps it while nothing is removed.
        var customers = new Dictionary<string, Customer>(StringComparer.Ordinal);
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(0);
            var name = check.Text(1);
            var segment = check.Text(2);
            var country = check.Text(3);
            var timeZone = check.Text(4);
            var terms = check.Int(5, 0, 3650);
            var creditLimit = table[6] is { Length: > 0 } ? check.Amount(6, positive: false) : null;
            var onboarded = check.Date(7);
            var contact = check.Text(8);
            var phone = check.Text(9);
            var email = check.Text(10);
            if (id is not null && customers.ContainsKey(id))
                check.Fail(0, id, "duplicate customer_id; the first row with this id is kept");
            if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
                check.Fail(3, country, "not an ISO 3166-1 alpha-2 country code such as NL or US");
            if (email is not null && !email.Contains('@'))
                check.Fail(10, email, "not an email address");
            if (!check.RowOk || id is null) continue;
            customers.Add(id, new Customer(id, name, segment, country?.ToUpperInvariant(), timeZone,
                terms ?? Customer.DefaultPaymentTermsDays, creditLimit, onboarded, contact, phone, email));
        }
        Finish(table, customers.Count, files);
        return customers;
    }

    private static Dictionary<string, Invoice> ReadInvoices(CsvTable table, RowChecker check,
        Dictionary<string, Customer> customers, List<FileSummary> files)
    {
        var invoices = new Dictionary<string, Invoice>(StringComparer.Ordinal);
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(0);
            var customer = KnownCustomer(check, 1, customers);
            var issued = check.Date(2);
            var due = check.Date(3, mayBeLater: true);
            var amount = check.Amount(4, positive: false);
            var currency = check.Text(5);
            if (id is not null && invoices.ContainsKey(id))
                check.Fail(0, id, "duplicate invoice_id; the first row with this id is kept");
            if (issued is { } i && due is { } d && d < i)
                check.Fail(3, $"{d:yyyy-MM-dd}", $"due_on is before issued_on {i:yyyy-MM-dd}");
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
                check.Fail(5, currency, "not an ISO 4217 currency code such as EUR");
            if (!check.RowOk || id is null || customer is null) continue;
            invoices.Add(id, new Invoice(id, customer.CustomerId, issued!.Value, due!.Value, amount!.Value, currency?.ToUpperInvariant()));
        }
        Finish(table, invoices.Count, files);
        return invoices;
    }

    private static List<Payment> ReadPayments(CsvTable table, RowChecker check, Dictionary<string, Customer> customers,
        Dictionary<string, Invoice> invoices, List<FileSummary> files)
    {
        var payments = new List<Payment>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(0);
            var customer = KnownCustomer(check, 1, customers);
            var invoice = KnownInvoice(check, 2, customer, invoices);
            var paid = check.Date(3);
            var amount = check.Amount(4, positive: true);
            if (id is not null && !ids.Add(id))
                check.Fail(0, id, "duplicate payment_id; the first row with this id is kept");
            if (invoice is not null && paid is { } p && p < invoice.IssuedOn)
                check.Fail(3, $"{p:yyyy-MM-dd}", $"paid before the invoice was issued on {invoice.IssuedOn:yyyy-MM-dd}");
            if (!check.RowOk || id is null || customer is null) continue;
            payments.Add(new Payment(id, customer.CustomerId, invoice?.InvoiceId, paid!.Value, amount!.Value));
        }
        Finish(table, payments.Count, files);
        return payments;
    }

    private static List<ContactAttempt> ReadAttempts(CsvTable table, RowChecker check, Dictionary<string, Customer> customers,
        Dictionary<string, Invoice> invoices, List<FileSummary> files)
    {
        var attempts = new List<ContactAttempt>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var collectors = new Dictionary<string, string>(StringComparer.Ordinal);
        while (table.Read())
        {
            check.Begin();
            var id = check.Text(0);
            var customer = KnownCustomer(check, 1, customers);
            var invoice = KnownInvoice(check, 2, customer, invoices);
            var occurred = check.DateTime(3);
            var channel = check.Word<Channel>(4, DomainWords.TryParseChannel, ChannelWords);
            var direction = check.Word<Direction>(5, DomainWords.TryParseDirection, DirectionWords);
            var outcome = check.Word<Outcome>(6, DomainWords.TryParseOutcome, OutcomeWords);
            var collector = check.Text(7);
            // A promise may fall after the as-of date: that is its point.
            var promisedOn = check.Date(8, mayBeLater: true);
            var promisedAmount = table[9] is { Length: > 0 } ? check.Amount(9, positive: true) : null;
            if (id is not null && !ids.Add(id))
                check.Fail(0, id, "duplicate attempt_id; the first row with this id is kept");
            if (promisedOn is { } promised && occurred is { } at && promised < DateOnly.FromDateTime(at.DateTime))
                check.Fail(8, $"{promised:yyyy-MM-dd}", "promised_on is before the contact in which the promise was made");
            if (!check.RowOk || id is null || customer is null) continue;
            if (collector is not null)
            {
                // Collector ids repeat millions of times: keep one string per collector.
                if (!collectors.TryGetValue(collector, out var shared)) collectors.Add(collector, shared = collector);
                collector = shared;
            }
            attempts.Add(new ContactAttempt(id, customer.CustomerId, invoice?.InvoiceId, occurred!.Value, channel!.Value,
                direction ?? Direction.Outbound, outcome, collector, promisedOn, promisedAmount));
        }
        Finish(table, attempts.Count, files);
        return attempts;
    }

    private static Customer? KnownCustomer(RowChecker check, int column, Dictionary<string, Customer> customers)
    {
        var id = check.Text(column);
        if (id is null) return null;
        if (customers.TryGetValue(id, out var customer)) return customer;
        check.Fail(column, id, "unknown customer_id (not a kept row of customers.csv)");
        return null;
    }

    private static Invoice? KnownInvoice(RowChecker check, int column, Customer? customer, Dictionary<string, Invoice> invoices)
    {
        var id = check.Text(column);
        if (id is null) return null;
        if (!invoices.TryGetValue(id, out var invoice))
        {
            check.Fail(column, id, "unknown invoice_id (not a kept row of invoices.csv)");
            return null;
        }
        if (customer is not null && invoice.CustomerId != customer.CustomerId)
        {
            check.Fail(column, id, $"invoice belongs to customer '{invoice.CustomerId}', not to this row's customer");
            return null;
        }
        return invoice;
    }

    private static void Finish(CsvTable table, long kept, List<FileSummary> files)
    {
        table.ReportDone();
        files.Add(new FileSummary(table.File, table.RowsRead, kept));
    }
}
