using CollectionsInsight.Loading;

namespace CollectionsInsight.Domain;

/// <summary>
/// The validated, immutable collection history of one company: customers, invoices (with their
/// settlement), payments and contact attempts, indexed by customer and invoice.
/// Load it with <see cref="Load(string)"/>; the <see cref="Quality"/> report says what was rejected and why.
/// </summary>
public sealed class CollectionHistory
{
    private static readonly IReadOnlyList<InvoiceSettlement> NoInvoices = [];
    private static readonly IReadOnlyList<ContactAttempt> NoAttempts = [];
    private static readonly IReadOnlyList<Payment> NoPayments = [];

    private readonly Dictionary<string, Customer> _customers;
    private readonly Dictionary<string, InvoiceSettlement> _invoices;
    private readonly Dictionary<string, InvoiceSettlement[]> _invoicesByCustomer;
    private readonly Dictionary<string, ContactAttempt[]> _attemptsByCustomer;
    private readonly Dictionary<string, ContactAttempt[]> _attemptsByInvoice;
    private readonly Dictionary<string, Payment[]> _unappliedByCustomer;

    private CollectionHistory(IReadOnlyList<Customer> customers, IReadOnlyList<Invoice> invoices,
        IReadOnlyList<Payment> payments, IReadOnlyList<ContactAttempt> attempts, DataQualityReport quality, DateOnly? today)
    {
        Customers = customers;
        Payments = payments;
        Quality = quality;

        _customers = new Dictionary<string, Customer>(customers.Count, StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            if (!_customers.TryAdd(customer.CustomerId, customer))
                throw new ArgumentException($"duplicate customer_id '{customer.CustomerId}'", nameof(customers));
        }

        var paymentsByInvoice = new Dictionary<string, List<Payment>>(StringComparer.Ordinal);
        var unapplied = new Dictionary<string, List<Payment>>(StringComparer.Ordinal);
        var invoiceById = new Dictionary<string, Invoice>(invoices.Count, StringComparer.Ordinal);
        foreach (var invoice in invoices)
        {
            RequireCustomer(invoice.CustomerId, "invoice", invoice.InvoiceId);
            if (!invoiceById.TryAdd(invoice.InvoiceId, invoice))
                throw new ArgumentException($"duplicate invoice_id '{invoice.InvoiceId}'", nameof(invoices));
        }
        // Contact attempts are indexed on another thread while payments settle the invoices: neither needs the other.
        var indexAttempts = Task.Run(() => IndexAttempts(attempts, invoiceById));
        foreach (var payment in payments)
        {
            RequireCustomer(payment.CustomerId, "payment", payment.PaymentId);
            if (payment.InvoiceId is null)
            {
                Add(unapplied, payment.CustomerId, payment);
                continue;
            }
            RequireInvoiceOfCustomer(invoiceById, payment.InvoiceId, payment.CustomerId, "payment", payment.PaymentId);
            Add(paymentsByInvoice, payment.InvoiceId, payment);
        }

        _invoices = new Dictionary<string, InvoiceSettlement>(invoices.Count, StringComparer.Ordinal);
        var byCustomer = new Dictionary<string, List<InvoiceSettlement>>(StringComparer.Ordinal);
        var settlements = new InvoiceSettlement[invoices.Count];
        for (var i = 0; i < invoices.Count; i++)
        {
            var invoice = invoices[i];
            var applied = paymentsByInvoice.TryGetValue(invoice.InvoiceId, out var list) ? Ordered(list, PaymentOrder) : [];
            var settlement = new InvoiceSettlement(invoice, applied);
            settlements[i] = settlement;
            _invoices.Add(invoice.InvoiceId, settlement);
            Add(byCustomer, invoice.CustomerId, settlement);
        }
        Invoices = settlements;
        _invoicesByCustomer = Freeze(byCustomer, (a, b) => Compare(a.Invoice.IssuedOn, b.Invoice.IssuedOn, a.Invoice.InvoiceId, b.Invoice.InvoiceId));
        _unappliedByCustomer = Freeze(unapplied, PaymentOrder);

        (_attemptsByCustomer, _attemptsByInvoice) = indexAttempts.GetAwaiter().GetResult();
        ContactAttempts = attempts;

        var dates = EventDates(invoices, payments, attempts);
        LatestDate = DateOutliers.UsableRange(dates, today)?.Last;
        LaterDatesSetAside = dates.Count(d => d > LatestDate);
    }

    /// <summary>The dates things happened on: invoices issued, payments made, contacts.</summary>
    internal static IEnumerable<DateOnly> EventDates(IEnumerable<Invoice> invoices, IEnumerable<Payment> payments,
        IEnumerable<ContactAttempt> attempts) =>
        invoices.Select(i => i.IssuedOn).Concat(payments.Select(p => p.PaidOn)).Concat(attempts.Select(a => a.OccurredOn));

    /// <summary>Loads and validates the four CSV files in <paramref name="folder"/>, leniently.</summary>
    public static CollectionHistory Load(string folder) => Load(folder, new LoadOptions());

    /// <summary>Loads and validates the four CSV files in <paramref name="folder"/>.</summary>
    /// <exception cref="DataLoadException">A file is missing or unreadable, or (strict mode) any row has an issue.</exception>
    public static CollectionHistory Load(string folder, LoadOptions options) => HistoryLoader.Load(folder, options);

    /// <summary>Builds a history from records already in memory; ids must be unique and references must resolve.</summary>
    public static CollectionHistory FromRecords(IEnumerable<Customer> customers, IEnumerable<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, DataQualityReport? quality = null) =>
        FromRecords(customers, invoices, payments, attempts, quality, today: null);

    /// <summary>As the public overload; dates after <paramref name="today"/> are outliers.</summary>
    internal static CollectionHistory FromRecords(IEnumerable<Customer> customers, IEnumerable<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, DataQualityReport? quality, DateOnly? today)
    {
        var customerList = customers.ToArray();
        var invoiceList = invoices.ToArray();
        var paymentList = payments.ToArray();
        var attemptList = attempts.ToArray();
        return new CollectionHistory(customerList, invoiceList, paymentList, attemptList,
            quality ?? DataQualityReport.ForRecords(customerList, invoiceList, paymentList, attemptList), today);
    }

    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>Every invoice (and credit note) with its settlement, in file order.</summary>
    public IReadOnlyList<InvoiceSettlement> Invoices { get; }

    public IReadOnlyList<Payment> Payments { get; }
    public IReadOnlyList<ContactAttempt> ContactAttempts { get; }
    public DataQualityReport Quality { get; }

    /// <summary>
    /// The latest date in the data (issue, payment or contact) that is not an outlier (later than the export date,
    /// or cut off from the rest by more than half a year without events); the default as-of date. Null when empty.
    /// </summary>
    public DateOnly? LatestDate { get; }

    /// <summary>How many dates lie after <see cref="LatestDate"/>: outliers set aside, listed as data-quality warnings.</summary>
    public int LaterDatesSetAside { get; }

    public Customer? FindCustomer(string customerId) => _customers.GetValueOrDefault(customerId);

    public InvoiceSettlement? FindInvoice(string invoiceId) => _invoices.GetValueOrDefault(invoiceId);

    /// <summary>The customer's invoices, oldest issue date first.</summary>
    public IReadOnlyList<InvoiceSettlement> InvoicesOf(string customerId) =>
        _invoicesByCustomer.TryGetValue(customerId, out var list) ? list : NoInvoices;

    /// <summary>All contact attempts with the customer (about an invoice or the whole balance), oldest first.</summary>
    public IReadOnlyList<ContactAttempt> AttemptsWith(string customerId) =>
        _attemptsByCustomer.TryGetValue(customerId, out var list) ? list : NoAttempts;

    /// <summary>Contact attempts that name this invoice, oldest first.</summary>
    public IReadOnlyList<ContactAttempt> AttemptsAbout(string invoiceId) =>
        _attemptsByInvoice.TryGetValue(invoiceId, out var list) ? list : NoAttempts;

    /// <summary>The customer's payments not applied to any invoice, oldest first.</summary>
    public IReadOnlyList<Payment> UnappliedCashOf(string customerId) =>
        _unappliedByCustomer.TryGetValue(customerId, out var list) ? list : NoPayments;

    private void RequireCustomer(string customerId, string what, string id)
    {
        if (!_customers.ContainsKey(customerId))
            throw new ArgumentException($"{what} '{id}' names unknown customer_id '{customerId}'");
    }

    private static void RequireInvoiceOfCustomer(Dictionary<string, Invoice> invoices, string invoiceId, string customerId, string what, string id)
    {
        if (!invoices.TryGetValue(invoiceId, out var invoice))
            throw new ArgumentException($"{what} '{id}' names unknown invoice_id '{invoiceId}'");
        if (invoice.CustomerId != customerId)
            throw new ArgumentException($"{what} '{id}' is for customer '{customerId}' but invoice '{invoiceId}' belongs to '{invoice.CustomerId}'");
    }

    private (Dictionary<string, ContactAttempt[]> ByCustomer, Dictionary<string, ContactAttempt[]> ByInvoice) IndexAttempts(
        IReadOnlyList<ContactAttempt> attempts, Dictionary<string, Invoice> invoiceById)
    {
        var byCustomer = new Dictionary<string, List<ContactAttempt>>(StringComparer.Ordinal);
        var byInvoice = new Dictionary<string, List<ContactAttempt>>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            RequireCustomer(attempt.CustomerId, "contact attempt", attempt.AttemptId);
            Add(byCustomer, attempt.CustomerId, attempt);
            if (attempt.InvoiceId is null) continue;
            RequireInvoiceOfCustomer(invoiceById, attempt.InvoiceId, attempt.CustomerId, "contact attempt", attempt.AttemptId);
            Add(byInvoice, attempt.InvoiceId, attempt);
        }
        return (Freeze(byCustomer, AttemptOrder), Freeze(byInvoice, AttemptOrder));
    }

    private static void Add<T>(Dictionary<string, List<T>> groups, string key, T item)
    {
        if (!groups.TryGetValue(key, out var list))
            groups.Add(key, list = []);
        list.Add(item);
    }

    private static readonly Comparison<Payment> PaymentOrder = (a, b) => Compare(a.PaidOn, b.PaidOn, a.PaymentId, b.PaymentId);
    private static readonly Comparison<ContactAttempt> AttemptOrder = (a, b) => Compare(a.OccurredAt, b.OccurredAt, a.AttemptId, b.AttemptId);

    /// <summary>Date order, then id order: a total order, since ids are unique.</summary>
    private static int Compare<TDate>(TDate a, TDate b, string idA, string idB) where TDate : IComparable<TDate>
    {
        var byDate = a.CompareTo(b);
        return byDate != 0 ? byDate : string.CompareOrdinal(idA, idB);
    }

    private static Dictionary<string, T[]> Freeze<T>(Dictionary<string, List<T>> groups, Comparison<T> order) =>
        groups.ToDictionary(g => g.Key, g => Ordered(g.Value, order), StringComparer.Ordinal);

    // Exports are mostly in order already: check before sorting (a million small groups).
    private static T[] Ordered<T>(List<T> items, Comparison<T> order)
    {
        var array = items.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (order(array[i - 1], array[i]) > 0)
            {
                Array.Sort(array, order);
                break;
            }
        }
        return array;
    }
}
