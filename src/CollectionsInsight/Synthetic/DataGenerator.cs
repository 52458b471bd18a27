using CollectionsInsight.IO;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// Generates a collection history with known ground truth, deterministic by seed. Customers have hidden
/// traits (<see cref="HiddenTraits"/>); collectors choose the first channel of a collection effort with a
/// confounded policy (phone for large and chronically late accounts, email for reliable payers) plus some
/// randomisation; payment timing depends on channel × traits, as the world (<see cref="GeneratorOptions.World"/>)
/// has it. Every customer is simulated from its own seed, so the data of customer k is the same whatever the
/// number of customers.
/// </summary>
public static class DataGenerator
{
    /// <summary>Generates the history in memory, with its ground truth and the truth of every episode.</summary>
    public static SyntheticData Generate(GeneratorOptions options)
    {
        options.Validate();
        var sink = new MemorySink();
        Run(options, sink, progress: null);
        return new SyntheticData(options, sink.Customers, sink.Invoices, sink.Payments, sink.Attempts, sink.Truth, sink.Episodes);
    }

    /// <summary>
    /// Writes customers.csv, invoices.csv, payments.csv, contact_attempts.csv and ground_truth.csv into
    /// <paramref name="folder"/>, streaming (a large set never sits in memory), all files or none.
    /// </summary>
    public static GenerationSummary WriteTo(string folder, GeneratorOptions options, IProgress<int>? customersDone = null)
    {
        options.Validate();
        GenerationSummary? summary = null;
        AtomicOutput.WriteFolder(folder, staging =>
        {
            using var sink = new CsvSink(staging);
            Run(options, sink, customersDone);
            summary = sink.Summary;
        });
        return summary!;
    }

    private static void Run(GeneratorOptions options, IRecordSink sink, IProgress<int>? progress)
    {
        for (var index = 0; index < options.Customers; index++)
        {
            new CustomerSimulation(options, index, sink).Run();
            if ((index + 1) % 1000 == 0) progress?.Report(index + 1);
        }
        progress?.Report(options.Customers);
    }
}
