using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// Streams records to the CSV files of the data contract, each under its contract's header. These are data files,
/// not results: text is written as it is, without the formula guard of result files (a phone number starts with +).
/// </summary>
internal sealed class CsvSink : IRecordSink, IDisposable
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";
    private const string MoneyFormat = "0.00";
    private const string NumberFormat = "0.######";

    private readonly CsvWriter _customers;
    private readonly CsvWriter _invoices;
    private readonly CsvWriter _payments;
    private readonly CsvWriter _attempts;
    private readonly CsvWriter _truth;
    private long _customerRows, _invoiceRows, _paymentRows, _attemptRows;

    public CsvSink(string folder)
    {
        _customers = Open(folder, DataContract.Customers);
        _invoices = Open(folder, DataContract.Invoices);
        _payments = Open(folder, DataContract.Payments);
        _attempts = Open(folder, DataContract.ContactAttempts);
        _truth = Open(folder, GroundTruthFile.Columns);
    }

    public GenerationSummary Summary => new(_customerRows, _invoiceRows, _paymentRows, _attemptRows);

    public void Add(Customer customer)
    {
        _customerRows++;
        var csv = _customers;
        csv.Text(customer.CustomerId);
        csv.Text(customer.Name);
        csv.Text(customer.Segment);
        csv.Text(customer.Country);
        csv.Text(customer.TimeZone);
        csv.Value(customer.PaymentTermsDays);
        csv.Value(customer.CreditLimit, MoneyFormat);
        csv.Value(customer.OnboardedOn, DateFormat);
        csv.Text(customer.ContactName);
        csv.Text(customer.Phone);
        csv.Text(customer.Email);
        csv.EndRecord();
    }

    public void Add(Invoice invoice)
    {
        _invoiceRows++;
        var csv = _invoices;
        csv.Text(invoice.InvoiceId);
        csv.Text(invoice.CustomerId);
        csv.Value(invoice.IssuedOn, DateFormat);
        csv.Value(invoice.DueOn, DateFormat);
        csv.Value(invoice.Amount, MoneyFormat);
        csv.Text(invoice.Currency);
        csv.EndRecord();
    }

    public void Add(Payment payment)
    {
        _paymentRows++;
        var csv = _payments;
        csv.Text(payment.PaymentId);
        csv.Text(payment.CustomerId);
        csv.Text(payment.InvoiceId);
        csv.Value(payment.PaidOn, DateFormat);
        csv.Value(payment.Amount, MoneyFormat);
        csv.EndRecord();
    }

    public void Add(ContactAttempt attempt)
    {
        _attemptRows++;
        var csv = _attempts;
        csv.Text(attempt.AttemptId);
        csv.Text(attempt.CustomerId);
        csv.Text(attempt.InvoiceId);
        csv.Value(attempt.OccurredAt.DateTime, DateTimeFormat);
        csv.Text(attempt.Channel.ToWord());
        csv.Text(attempt.Direction.ToWord());
        csv.Text(attempt.Outcome?.ToWord());
        csv.Text(attempt.CollectorId);
        csv.Value(attempt.PromisedOn, DateFormat);
        csv.Value(attempt.PromisedAmount, MoneyFormat);
        csv.EndRecord();
    }

    public void Add(GroundTruth truth)
    {
        var csv = _truth;
        csv.Text(truth.CustomerId);
        csv.Value(truth.PPaid.Phone, NumberFormat);
        csv.Value(truth.PPaid.Email, NumberFormat);
        csv.Value(truth.PPaid.Both, NumberFormat);
        csv.Value(truth.Days.Phone, NumberFormat);
        csv.Value(truth.Days.Email, NumberFormat);
        csv.Value(truth.Days.Both, NumberFormat);
        csv.Text(truth.BestChannel.ToWord());
        csv.EndRecord();
    }

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

    private static CsvWriter Open(string folder, FileContract contract) =>
        CsvWriter.Create(Path.Combine(folder, contract.FileName), contract.Header);
}
