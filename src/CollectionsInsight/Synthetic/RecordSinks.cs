using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>Where generated records go: memory (<see cref="MemorySink"/>) or the data contract's CSV files (<see cref="CsvSink"/>).</summary>
internal interface IRecordSink
{
    void Add(Customer customer);
    void Add(Invoice invoice);
    void Add(Payment payment);
    void Add(ContactAttempt attempt);
    void Add(GroundTruth truth);
    void Add(EpisodeTruth episode);
}

internal sealed class MemorySink : IRecordSink
{
    public List<Customer> Customers { get; } = [];
    public List<Invoice> Invoices { get; } = [];
    public List<Payment> Payments { get; } = [];
    public List<ContactAttempt> Attempts { get; } = [];
    public List<GroundTruth> Truth { get; } = [];
    public List<EpisodeTruth> Episodes { get; } = [];

    public void Add(Customer customer) => Customers.Add(customer);
    public void Add(Invoice invoice) => Invoices.Add(invoice);
    public void Add(Payment payment) => Payments.Add(payment);
    public void Add(ContactAttempt attempt) => Attempts.Add(attempt);
    public void Add(GroundTruth truth) => Truth.Add(truth);
    public void Add(EpisodeTruth episode) => Episodes.Add(episode);
}

/// <summary>Streams records to the CSV files of the data contract (generated text holds no commas or quotes).</summary>
internal sealed class CsvSink : IRecordSink, IDisposable
{
    private readonly StreamWriter _customers;
    private readonly StreamWriter _invoices;
    private readonly StreamWriter _payments;
    private readonly StreamWriter _attempts;
    private readonly StreamWriter _truth;
    private long _customerRows, _invoiceRows, _paymentRows, _attemptRows;

    public CsvSink(string folder)
    {
        _customers = Open(folder, "customers.csv", "customer_id,name,segment,country,time_zone,payment_terms_days,credit_limit,onboarded_on,contact_name,phone,email");
        _invoices = Open(folder, "invoices.csv", "invoice_id,customer_id,issued_on,due_on,amount,currency");
        _payments = Open(folder, "payments.csv", "payment_id,customer_id,invoice_id,paid_on,amount");
        _attempts = Open(folder, "contact_attempts.csv", "attempt_id,customer_id,invoice_id,occurred_at,channel,direction,outcome,collector_id,promised_on,promised_amount");
        _truth = Open(folder, "ground_truth.csv", "customer_id,p_paid_phone,p_paid_email,p_paid_both,days_phone,days_email,days_both,best_channel");
    }

    public GenerationSummary Summary => new(_customerRows, _invoiceRows, _paymentRows, _attemptRows);

    public void Add(Customer c)
    {
        _customerRows++;
        _customers.WriteLine($"{c.CustomerId},{c.Name},{c.Segment},{c.Country},{c.TimeZone},{c.PaymentTermsDays},{Money(c.CreditLimit)},{Date(c.OnboardedOn)},{c.ContactName},{c.Phone},{c.Email}");
    }

    public void Add(Invoice i)
    {
        _invoiceRows++;
        _invoices.WriteLine($"{i.InvoiceId},{i.CustomerId},{Date(i.IssuedOn)},{Date(i.DueOn)},{Money(i.Amount)},{i.Currency}");
    }

    public void Add(Payment p)
    {
        _paymentRows++;
        _payments.WriteLine($"{p.PaymentId},{p.CustomerId},{p.InvoiceId},{Date(p.PaidOn)},{Money(p.Amount)}");
    }

    public void Add(ContactAttempt a)
    {
        _attemptRows++;
        _attempts.WriteLine($"{a.AttemptId},{a.CustomerId},{a.InvoiceId},{a.OccurredAt.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)},{a.Channel.ToWord()},{a.Direction.ToWord()},{a.Outcome?.ToWord()},{a.CollectorId},{Date(a.PromisedOn)},{Money(a.PromisedAmount)}");
    }

    public void Add(GroundTruth t) =>
        _truth.WriteLine(string.Join(',', t.CustomerId, Number(t.PPaid.Phone), Number(t.PPaid.Email), Number(t.PPaid.Both),
            Number(t.Days.Phone), Number(t.Days.Email), Number(t.Days.Both), t.BestChannel.ToWord()));

    public void Add(EpisodeTruth episode)
    {
        // Episode truth is kept in memory only (tests and evaluations use it); the files carry the customer truth.
    }

    public void Dispose()
    {
        _customers.Dispose();
        _invoices.Dispose();
        _payments.Dispose();
        _attempts.Dispose();
        _truth.Dispose();
    }

    private static StreamWriter Open(string folder, string file, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, file), false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    private static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
