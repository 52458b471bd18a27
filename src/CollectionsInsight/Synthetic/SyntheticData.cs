using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>A generated history in memory, with its ground truth.</summary>
public sealed record SyntheticData(
    GeneratorOptions Options,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<ContactAttempt> ContactAttempts,
    IReadOnlyList<GroundTruth> GroundTruth,
    IReadOnlyList<EpisodeTruth> Episodes)
{
    /// <summary>The generated records as a validated history, as if loaded from the files.</summary>
    public CollectionHistory ToHistory() => CollectionHistory.FromRecords(Customers, Invoices, Payments, ContactAttempts);
}
