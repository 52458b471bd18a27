using System.Runtime.InteropServices;

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

    private CollectionHistory(IReadOnlyList<Customer> customers, IReadOnlyList<Invoice> invoices,
        IReadOnlyList<Payment> payments, IReadOnlyList<ContactAttempt> attempts, Func<CollectionFacts, DataQualityReport> quality,
        (DateOnly First, DateOnly Last)? usableDates, KnownPositions? known, DateOnly? today)
    {
        Customers = customers;
        Payments = payments;

        if (known is not null)
        {
            _customerPositions = known.Customers;
        }
        else
        {
            _customerPositions = new Dictionary<string, int>(customers.Count, StringComparer.Ordinal);
            for (var c = 0; c < customers.Count; c++)
            {
                if (!_customerPositions.TryAdd(customers[c].CustomerId, c))
                    throw new ArgumentException($"duplicate customer_id '{customers[c].CustomerId}'", nameof(customers));
            }
        }

        _invoicePositions = known?.Invoices ?? new Dictionary<string, int>(invoices.Count, StringComparer.Ordinal);
        var invoiceCustomers = known is not null ? CollectionsMarshal.AsSpan(known.InvoiceCustomers) : new int[invoices.Count];
        if (known is null)
        {
            for (var i = 0; i < invoices.Count; i++)
            {
                var invoice = invoices[i];
                invoiceCustomers[i] = CustomerPosition(invoice.CustomerId, "invoice", invoice.InvoiceId);
                if (!_invoicePositions.TryAdd(invoice.InvoiceId, i))
                    throw new ArgumentException($"duplicate invoice_id '{invoice.InvoiceId}'", nameof(invoices));
            }
        }
        // Contact attempts are indexed on another thread while payments settle the invoices: neither needs the other.
        var indexAttempts = Task.Run(() => IndexAttempts(attempts, invoices, known));

        var paymentInvoices = known is not null ? CollectionsMarshal.AsSpan(known.PaymentInvoices) : new int[payments.Count];
        var unappliedCustomers = new int[payments.Count];
        for (var p = 0; p < payments.Count; p++)
        {
            if (known is not null)
            {
                unappliedCustomers[p] = paymentInvoices[p] < 0 ? known.PaymentCustomers[p] : -1;
                continue;
            }
            var payment = payments[p];
            var customer = CustomerPosition(payment.CustomerId, "payment", payment.PaymentId);
            paymentInvoices[p] = payment.InvoiceId is null ? -1
                : InvoicePosition(invoices, payment.InvoiceId, payment.CustomerId, "payment", payment.PaymentId);
            unappliedCustomers[p] = payment.InvoiceId is null ? customer : -1;
        }
        var paymentsByInvoice = Group(payments, paymentInvoices, invoices.Count, PaymentOrder);
        _unappliedByCustomer = Group(payments, unappliedCustomers, customers.Count, PaymentOrder);

        var settlements = new InvoiceSettlement[invoices.Count];
        for (var i = 0; i < invoices.Count; i++)
            settlements[i] = new InvoiceSettlement(invoices[i], paymentsByInvoice[i]);
        Invoices = settlements;
        Quality = quality(CollectionFacts.Compute(customers, settlements, payments, attempts));
        _invoicesByCustomer = Group(settlements, invoiceCustomers, customers.Count,
            (a, b) => Compare(a.Invoice.IssuedOn, b.Invoice.IssuedOn, a.Invoice.InvoiceId, b.Invoice.InvoiceId));

        (_attemptsByCustomer, _attemptsByInvoice) = indexAttempts.GetAwaiter().GetResult();
        ContactAttempts = attempts;

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

    /// <summary>
    /// As the public overload; dates after <paramref name="today"/> are outliers. The quality report is made from the
    /// facts found while building. A loader passes on what it has found already rather than have millions of dates
    /// sorted and ids hashed again: the usable range of the event dates (<see cref="DateOutliers.UsableRange"/> with
    /// <paramref name="today"/>) and the position of each invoice by its id (ids unique).
    /// </summary>
    internal static CollectionHistory FromRecords(IEnumerable<Customer> customers, IEnumerable<Invoice> invoices,
        IEnumerable<Payment> payments, IEnumerable<ContactAttempt> attempts, Func<CollectionFacts, DataQualityReport> quality,
        DateOnly? today, (DateOnly First, DateOnly Last)? usableDates = null, KnownPositions? known = null) =>
        new(customers.ToArray(), invoices.ToArray(), payments.ToArray(), attempts.ToArray(), quality, usableDates, known, today);

    /// <summary>
    /// What a loader found while checking references, so that the history does not look up millions of ids again:
    /// the position of each customer and invoice by id (ids unique), and for each invoice, payment and contact attempt
    /// (in list order) the position of its customer and of the invoice it names (-1: none). All must be consistent
    /// with the records (each named invoice belongs to the row's customer).
    /// </summary>
    internal sealed record KnownPositions(Dictionary<string, int> Customers, Dictionary<string, int> Invoices,
        List<int> InvoiceCustomers, List<int> PaymentCustomers, List<int> PaymentInvoices, List<int> AttemptCustomers,
        List<int> AttemptInvoices);

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

    private int CustomerPosition(string customerId, string what, string id) =>
        _customerPositions.TryGetValue(customerId, out var position) ? position
            : throw new ArgumentException($"{what} '{id}' names unknown customer_id '{customerId}'");

    private int InvoicePosition(IReadOnlyList<Invoice> invoices, string invoiceId, string customerId, string what, string id)
    {
        if (!_invoicePositions.TryGetValue(invoiceId, out var position))
            throw new ArgumentException($"{what} '{id}' names unknown invoice_id '{invoiceId}'");
        if (invoices[position].CustomerId != customerId)
            throw new ArgumentException($"{what} '{id}' is for customer '{customerId}' but invoice '{invoiceId}' belongs to '{invoices[position].CustomerId}'");
        return position;
    }

    private (ContactAttempt[][] ByCustomer, ContactAttempt[][] ByInvoice) IndexAttempts(
        IReadOnlyList<ContactAttempt> attempts, IReadOnlyList<Invoice> invoices, KnownPositions? known)
    {
        if (known is not null)
        {
            return (Group(attempts, CollectionsMarshal.AsSpan(known.AttemptCustomers), _customerPositions.Count, AttemptOrder),
                Group(attempts, CollectionsMarshal.AsSpan(known.AttemptInvoices), invoices.Count, AttemptOrder));
        }
        var customers = new int[attempts.Count];
        var invoicePositions = new int[attempts.Count];
        for (var a = 0; a < attempts.Count; a++)
        {
            var attempt = attempts[a];
            customers[a] = CustomerPosition(attempt.CustomerId, "contact attempt", attempt.AttemptId);
            invoicePositions[a] = attempt.InvoiceId is null ? -1
                : InvoicePosition(invoices, attempt.InvoiceId, attempt.CustomerId, "contact attempt", attempt.AttemptId);
        }
        return (Group(attempts, customers, _customerPositions.Count, AttemptOrder), Group(attempts, invoicePositions, invoices.Count, AttemptOrder));
    }

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
