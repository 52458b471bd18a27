using BenchmarkDotNet.Attributes;

namespace CollectionsInsight.Benchmarks;

/// <summary>BenchmarkDotNet benchmarks on data-samples (run from the repository root).</summary>
[MemoryDiagnoser]
public class SampleBenchmarks
{
    private const string Sample = "data-samples";

    [Benchmark]
    public string LoadSample() => Measured.Load(Sample);

    [Benchmark]
    public string AnalyzeSample() => Measured.Analyze(Sample);
}
