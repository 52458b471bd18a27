using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Worklists;

/// <summary>Tiny collection histories for the worklist tests, in days relative to <see cref="AsOf"/> (a Monday).</summary>
internal sealed class HistoryBuilder
{
    public static readonly DateOnly AsOf = new(2025, 3, 10);
    public const string Phone = "+31 20 555 0101";
    public const string Email = "ap@example.com";

    private readonly List<Customer> _customers = [];
    private readonly List<Invoice> _invoices = [];
    private readonly List<Payment> _payments = [];
    private readonly List<ContactAttempt> _attempts = [];

    public static DateOnly Day(int daysFromAsOf) => AsOf.AddDays(daysFromAsOf);

    /// <summary>A customer onboarded long ago (or <paramref name="onboardedDaysAgo"/>), with one invoice overdue by <paramref name="daysOverdue"/>.</summary>
    public HistoryBuilder Customer(string id, int daysOverdue = 10, decimal amount = 1000m, string? phone = Phone, string? email = Email,
        int onboardedDaysAgo = 1000)
    {
        _customers.Add(new Customer(id, name: $"{id} Ltd", onboardedOn: Day(-onboardedDaysAgo), contactName: "Anna Berg", phone: phone, email: email));
        return Invoice(id, daysOverdue, amount);
    }

    public HistoryBuilder Invoice(string customerId, int daysOverdue, decimal amount = 1000m)
    {
        var due = Day(-daysOverdue);
        _invoices.Add(new Invoice($"{customerId}-I{_invoices.Count + 1}", customerId, due.AddDays(-30), due, amount));
        return this;
    }

    /// <summary>An invoice paid on its due date, <paramref name="dueDaysAgo"/> days ago.</summary>
    public HistoryBuilder PaidInvoice(string customerId, int dueDaysAgo, int paidDaysLate = 0)
    {
        Invoice(customerId, dueDaysAgo);
        var invoice = _invoices[^1];
        _payments.Add(new Payment($"P{_payments.Count + 1}", customerId, invoice.InvoiceId, invoice.DueOn.AddDays(paidDaysLate), invoice.Amount));
        return this;
    }

    public HistoryBuilder Payment(string customerId, int daysAgo, decimal amount)
    {
        _payments.Add(new Payment($"P{_payments.Count + 1}", customerId, null, Day(-daysAgo), amount));
        return this;
    }

    /// <summary>A payment of <paramref name="amount"/> on invoice <paramref name="invoiceId"/>, <paramref name="daysAgo"/> days ago.</summary>
    public HistoryBuilder PayInvoice(string invoiceId, int daysAgo, decimal amount)
    {
        var invoice = _invoices.Single(i => i.InvoiceId == invoiceId);
        _payments.Add(new Payment($"P{_payments.Count + 1}", invoice.CustomerId, invoiceId, Day(-daysAgo), amount));
        return this;
    }

    public HistoryBuilder Attempt(string customerId, int daysAgo, Channel channel, Outcome outcome,
        int? promisedInDays = null, Direction direction = Direction.Outbound, string? invoiceId = null, decimal? promisedAmount = null)
    {
        var at = new DateTimeOffset(Day(-daysAgo).ToDateTime(new TimeOnly(10, _attempts.Count % 60)), TimeSpan.Zero);
        _attempts.Add(new ContactAttempt($"A{_attempts.Count + 1}", customerId, invoiceId, at, channel, direction, outcome,
            promisedOn: promisedInDays is { } days ? Day(days) : null, promisedAmount: promisedAmount));
        return this;
    }

    public CollectionHistory Build() => CollectionHistory.FromRecords(_customers, _invoices, _payments, _attempts);
}
