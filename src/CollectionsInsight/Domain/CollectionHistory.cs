namespace CollectionsInsight.Domain;

/// <summary>
/// The validated, immutable collection history of one company: customers, invoices (with their
/// settlement), payments and contact attempts, indexed by customer and invoice.
/// Load it with <c>CollectionHistory.Load(folder)</c> (an extension in <c>CollectionsInsight.Loading</c>); the <see cref="Quality"/> report says what was rejected and why.
/// </summary>
public sealed class CollectionHistory
{
    // The indexes are arrays by the position of a customer or invoice in its list: one dictionary per kind of id, and
    // no list or dictionary entry per group (a million invoices would each need one).
    private readonly Dictionary<string, int> _customerPositions;
    private readonly Dictionary<string, int> _invoicePositions;
    private readonly InvoiceSettlement[][] _invoicesByCustomer;
    private readonly ContactAttempt[][] _attemptsByCustomer;
    private readonly ContactAttempt[][] _attemptsByInvoice;
    private readonly Payment[][] _unappliedByCustomer;

    private CollectionHistory(Customer[] customers, IReadOnlyList<Invoice> invoices, Payment[] payments, ContactAttempt[] attempts,
        Indexes indexes, Func<CollectionFacts, DataQualityReport> quality, (DateOnly First, DateOnly Last)? usableDates, DateOnly? today)
    {
        Customers = customers;
        Payments = payments;
        ContactAttempts = attempts;
        _customerPositions = indexes.Customers;
        _invoicePositions = indexes.Invoices;
        (Invoices, _invoicesByCustomer, _unappliedByCustomer) = indexes.Ledger;
        (_attemptsByCustomer, _attemptsByInvoice) = indexes.Contacts;
        Quality = quality(CollectionFacts.Compute(customers, Invoices, payments, attempts));
        LatestDate = (usableDates ?? DateOutliers.UsableRange(EventDates(invoices, payments, attempts), today))?.Last;
        LaterDatesSetAside = CountLaterThan(LatestDate, invoices, payments, attempts);
    }

    private static int CountLaterThan(DateOnly? latest, IReadOnlyList<Invoice> invoices, IReadOnlyList<Payment> payments,
        IReadOnlyList<ContactAttempt> attempts)
    {
        if (latest is not { } last) return 0;
        var later = 0;
        foreach (var invoice in invoices) if (invoice.IssuedOn > last) later++;
        foreach (var payment in payments) if (payment.PaidOn > last) later++;
        foreach (var attempt in attempts) if (attempt.OccurredOn > last) later++;
        return later;
    }

    /// <summary>The dates things happened on: invoices issued, payments made, contacts.</summary>
    internal static DateOnly[] EventDates(IReadOnlyList<Invoice> invoices, IReadOnlyList<Payment> payments,
        IReadOnlyList<ContactAttempt> attempts)
    {
        var dates = new DateOnly[invoices.Count + payments.Count + attempts.Count];
        var next = 0;
        foreach (var invoice in invoices) dates[next++] = invoice.IssuedOn;
        foreach (var payment in payments) dates[next++] = payment.PaidOn;
        foreach (var attempt in attempts) dates[next++] = attempt.OccurredOn;
        return dates;
    }

    /// <summary>Builds a history from records already in memory; ids must be unique and references must resolve.</summary>
    public static CollectionHistory FromRecords(IEnumerable<Customer> customers, IEnumerable<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, DataQualityReport? quality = null) =>
        FromRecords(customers, invoices, payments, attempts, facts => quality ?? DataQualityReport.ForRecords(facts), today: null);

    /// <summary>As the public overload; dates after <paramref name="today"/> are outliers. The quality report is made from the facts found while building.</summary>
    internal static CollectionHistory FromRecords(IEnumerable<Customer> customers, IEnumerable<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, Func<CollectionFacts, DataQualityReport> quality,
        DateOnly? today)
    {
        var (customerArray, invoiceArray, paymentArray, attemptArray) = (customers.ToArray(), invoices.ToArray(), payments.ToArray(), attempts.ToArray());
        return new CollectionHistory(customerArray, invoiceArray, paymentArray, attemptArray,
            Index(customerArray, invoiceArray, paymentArray, attemptArray), quality, usableDates: null, today);
    }

    /// <summary>
    /// A history from what a loader has checked and built already, rather than have millions of ids looked up and
    /// dates sorted again: the indexes, and the usable range of the event dates (<see cref="DateOutliers.UsableRange"/>).
    /// </summary>
    internal static CollectionHistory FromLoaded(IEnumerable<Customer> customers, IReadOnlyList<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, Indexes indexes,
        Func<CollectionFacts, DataQualityReport> quality, (DateOnly First, DateOnly Last)? usableDates, DateOnly today) =>
        new(customers.ToArray(), invoices, payments.ToArray(), attempts.ToArray(), indexes, quality, usableDates, today);

    /// <summary>
    /// The history's indexes: the position of each customer and invoice by id (ids unique), the ledger and the
    /// contacts, all consistent with the records (each named invoice belongs to the row's customer).
    /// </summary>
    internal sealed record Indexes(Dictionary<string, int> Customers, Dictionary<string, int> Invoices, Ledger Ledger, Contacts Contacts);

    /// <summary>Each invoice (in list order) with its settlement, each customer's invoices (oldest first) and unapplied cash.</summary>
    internal sealed record Ledger(InvoiceSettlement[] Settlements, InvoiceSettlement[][] ByCustomer, Payment[][] UnappliedByCustomer)
    {
        /// <summary>
        /// Settles the invoices by position: the customer of each invoice, and the invoice (-1: unapplied cash) and
        /// customer of each payment. Needs no contact attempts, so a loader builds it while they are still being read.
        /// </summary>
        public static Ledger Build(IReadOnlyList<Invoice> invoices, ReadOnlySpan<int> invoiceCustomers, IReadOnlyList<Payment> payments,
            ReadOnlySpan<int> paymentInvoices, ReadOnlySpan<int> paymentCustomers, int customerCount)
        {
            var unappliedCustomers = new int[payments.Count];
            for (var p = 0; p < payments.Count; p++)
                unappliedCustomers[p] = paymentInvoices[p] < 0 ? paymentCustomers[p] : -1;
            var paymentsByInvoice = Group(payments, paymentInvoices, invoices.Count, PaymentOrder);
            var unapplied = Group(payments, unappliedCustomers, customerCount, PaymentOrder);
            var settlements = new InvoiceSettlement[invoices.Count];
            for (var i = 0; i < invoices.Count; i++)
                settlements[i] = new InvoiceSettlement(invoices[i], paymentsByInvoice[i]);
            var byCustomer = Group(settlements, invoiceCustomers, customerCount,
                (a, b) => Compare(a.Invoice.IssuedOn, b.Invoice.IssuedOn, a.Invoice.InvoiceId, b.Invoice.InvoiceId));
            return new Ledger(settlements, byCustomer, unapplied);
        }
    }

    /// <summary>The contact attempts with each customer and about each invoice, oldest first.</summary>
    internal sealed record Contacts(ContactAttempt[][] ByCustomer, ContactAttempt[][] ByInvoice)
    {
        /// <summary>Groups the attempts by the position of each one's customer and invoice (-1: none).</summary>
        public static Contacts Build(IReadOnlyList<ContactAttempt> attempts, ReadOnlySpan<int> attemptCustomers,
            ReadOnlySpan<int> attemptInvoices, int customerCount, int invoiceCount) =>
            new(Group(attempts, attemptCustomers, customerCount, AttemptOrder), Group(attempts, attemptInvoices, invoiceCount, AttemptOrder));
    }

    /// <summary>Every customer, in file order.</summary>
    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>Every invoice (and credit note) with its settlement, in file order.</summary>
    public IReadOnlyList<InvoiceSettlement> Invoices { get; }

    /// <summary>Every payment, applied to an invoice or unapplied, in file order.</summary>
    public IReadOnlyList<Payment> Payments { get; }

    /// <summary>Every contact attempt, in file order.</summary>
    public IReadOnlyList<ContactAttempt> ContactAttempts { get; }

    /// <summary>What loading found: rows read, kept and rejected per file, and every issue with its file, line, column and value.</summary>
    public DataQualityReport Quality { get; }

    /// <summary>
    /// The latest date in the data (issue, payment or contact) that is not an outlier (later than the export date,
    /// or cut off from the rest by more than half a year without events); the default as-of date. Null when empty.
    /// </summary>
    public DateOnly? LatestDate { get; }

    /// <summary>How many dates lie after <see cref="LatestDate"/>: outliers set aside, listed as data-quality warnings.</summary>
    public int LaterDatesSetAside { get; }

    /// <summary>The customer with this id; null when there is none.</summary>
    public Customer? FindCustomer(string customerId) =>
        _customerPositions.TryGetValue(customerId, out var position) ? Customers[position] : null;

    /// <summary>The invoice with this id, with its settlement; null when there is none.</summary>
    public InvoiceSettlement? FindInvoice(string invoiceId) =>
        _invoicePositions.TryGetValue(invoiceId, out var position) ? Invoices[position] : null;

    /// <summary>The customer's invoices, oldest issue date first.</summary>
    public IReadOnlyList<InvoiceSettlement> InvoicesOf(string customerId) => OfCustomer(_invoicesByCustomer, customerId);

    /// <summary>All contact attempts with the customer (about an invoice or the whole balance), oldest first.</summary>
    public IReadOnlyList<ContactAttempt> AttemptsWith(string customerId) => OfCustomer(_attemptsByCustomer, customerId);

    /// <summary>Contact attempts that name this invoice, oldest first.</summary>
    public IReadOnlyList<ContactAttempt> AttemptsAbout(string invoiceId) =>
        _invoicePositions.TryGetValue(invoiceId, out var position) ? _attemptsByInvoice[position] : [];

    /// <summary>The customer's payments not applied to any invoice, oldest first.</summary>
    public IReadOnlyList<Payment> UnappliedCashOf(string customerId) => OfCustomer(_unappliedByCustomer, customerId);

    private T[] OfCustomer<T>(T[][] groups, string customerId) =>
        _customerPositions.TryGetValue(customerId, out var position) ? groups[position] : [];

    /// <summary>Indexes records given in memory, checking that ids are unique and that references resolve.</summary>
    private static Indexes Index(Customer[] customers, Invoice[] invoices, Payment[] payments, ContactAttempt[] attempts)
    {
        var customerPositions = new Dictionary<string, int>(customers.Length, StringComparer.Ordinal);
        for (var c = 0; c < customers.Length; c++)
        {
            if (!customerPositions.TryAdd(customers[c].CustomerId, c))
                throw new ArgumentException($"duplicate customer_id '{customers[c].CustomerId}'", nameof(customers));
        }
        var invoicePositions = new Dictionary<string, int>(invoices.Length, StringComparer.Ordinal);
        var invoiceCustomers = new int[invoices.Length];
        for (var i = 0; i < invoices.Length; i++)
        {
            var invoice = invoices[i];
            invoiceCustomers[i] = CustomerPosition(customerPositions, invoice.CustomerId, "invoice", invoice.InvoiceId);
            if (!invoicePositions.TryAdd(invoice.InvoiceId, i))
                throw new ArgumentException($"duplicate invoice_id '{invoice.InvoiceId}'", nameof(invoices));
        }
        int InvoicePosition(string invoiceId, string customerId, string what, string id)
        {
            if (!invoicePositions.TryGetValue(invoiceId, out var position))
                throw new ArgumentException($"{what} '{id}' names unknown invoice_id '{invoiceId}'");
            if (invoices[position].CustomerId != customerId)
                throw new ArgumentException($"{what} '{id}' is for customer '{customerId}' but invoice '{invoiceId}' belongs to '{invoices[position].CustomerId}'");
            return position;
        }

        // Contact attempts are indexed on another thread while payments settle the invoices: neither needs the other.
        var contacts = Task.Run(() =>
        {
            var (attemptCustomers, attemptInvoices) = (new int[attempts.Length], new int[attempts.Length]);
            for (var a = 0; a < attempts.Length; a++)
            {
                var attempt = attempts[a];
                attemptCustomers[a] = CustomerPosition(customerPositions, attempt.CustomerId, "contact attempt", attempt.AttemptId);
                attemptInvoices[a] = attempt.InvoiceId is null ? -1 : InvoicePosition(attempt.InvoiceId, attempt.CustomerId, "contact attempt", attempt.AttemptId);
            }
            return Contacts.Build(attempts, attemptCustomers, attemptInvoices, customers.Length, invoices.Length);
        });
        var (paymentCustomers, paymentInvoices) = (new int[payments.Length], new int[payments.Length]);
        for (var p = 0; p < payments.Length; p++)
        {
            var payment = payments[p];
            paymentCustomers[p] = CustomerPosition(customerPositions, payment.CustomerId, "payment", payment.PaymentId);
            paymentInvoices[p] = payment.InvoiceId is null ? -1 : InvoicePosition(payment.InvoiceId, payment.CustomerId, "payment", payment.PaymentId);
        }
        var ledger = Ledger.Build(invoices, invoiceCustomers, payments, paymentInvoices, paymentCustomers, customers.Length);
        return new Indexes(customerPositions, invoicePositions, ledger, contacts.GetAwaiter().GetResult());
    }

    private static int CustomerPosition(Dictionary<string, int> positions, string customerId, string what, string id) =>
        positions.TryGetValue(customerId, out var position) ? position
            : throw new ArgumentException($"{what} '{id}' names unknown customer_id '{customerId}'");

    /// <summary>
    /// The items of each group, in <paramref name="order"/>: group <c>g</c> holds the items whose
    /// <paramref name="groupOf"/> is <c>g</c> (-1: none). Counted first, so each group is one array of its exact size.
    /// </summary>
    private static T[][] Group<T>(IReadOnlyList<T> items, ReadOnlySpan<int> groupOf, int groupCount, Comparison<T> order)
    {
        var sizes = new int[groupCount];
        foreach (var group in groupOf)
            if (group >= 0) sizes[group]++;
        var groups = new T[groupCount][];
        for (var g = 0; g < groupCount; g++)
        {
            groups[g] = sizes[g] == 0 ? [] : new T[sizes[g]];
            sizes[g] = 0;
        }
        for (var i = 0; i < items.Count; i++)
            if (groupOf[i] is var group and >= 0) groups[group][sizes[group]++] = items[i];
        foreach (var members in groups) InOrder(members, order);
        return groups;
    }

    private static readonly Comparison<Payment> PaymentOrder = (a, b) => Compare(a.PaidOn, b.PaidOn, a.PaymentId, b.PaymentId);
    private static readonly Comparison<ContactAttempt> AttemptOrder = (a, b) => Compare(a.OccurredAt, b.OccurredAt, a.AttemptId, b.AttemptId);

    /// <summary>Date order, then id order: a total order, since ids are unique.</summary>
    private static int Compare<TDate>(TDate a, TDate b, string idA, string idB) where TDate : IComparable<TDate>
    {
        var byDate = a.CompareTo(b);
        return byDate != 0 ? byDate : string.CompareOrdinal(idA, idB);
    }

    // Exports are mostly in order already: check before sorting (a million small groups).
    private static void InOrder<T>(T[] items, Comparison<T> order)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (order(items[i - 1], items[i]) > 0)
            {
                Array.Sort(items, order);
                return;
            }
        }
    }
}
