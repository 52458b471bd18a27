using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>Keeps generated records in memory.</summary>
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
