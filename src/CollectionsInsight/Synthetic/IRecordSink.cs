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
