using System.Collections;
using CollectionsInsight.IO;
using CollectionsInsight.Loading;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Reporting.Tests.Report;

public class ReportBundleTests
{
    private static readonly string Samples = Path.Combine(SampleReport.RepositoryRoot(), "data-samples");

    [Fact]
    public void Write_DataSamplesWithModel_EveryListedFileAndNothingElse()
    {
        using var folder = new TempFolder();
        var model = folder.File("model.json");
        SampleReport.Content.Model!.Save(model);
        var progress = new Recorder();

        var bundle = ReportBundle.Build(Samples, new ReportBundleOptions { ModelFile = model }, progress);
        bundle.Write(folder.File("out"));

        Assert.Equal(
            [.. ReportBundle.FileNames.Append(ReportBundle.ChartsFolder).Append(AtomicOutput.OutputMark).Order(StringComparer.Ordinal)],
            Directory.GetFileSystemEntries(folder.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in ReportBundle.FileNames)
            Assert.True(new FileInfo(Path.Combine(folder.File("out"), file)).Length > 0, $"{file} is empty");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.File("out"), ReportBundle.ChartsFolder), "*.svg"));
        Assert.True(progress.Loaded);
        Assert.Contains(progress.Lines, line => line.StartsWith("As of ", StringComparison.Ordinal));
        Assert.Contains(progress.Lines, line => line.StartsWith("Using the linear-learner", StringComparison.Ordinal));
        Assert.Equal(["Recommending a channel per customer..."], progress.Steps);
    }

    [Fact]
    public void WriteAnalysis_DataSamples_EveryAnalysisFileAndNothingElse()
    {
        using var folder = new TempFolder();

        ReportBundle.WriteAnalysis(folder.File("out"), SampleReport.Content.Effectiveness);

        Assert.Equal(
            [.. ReportBundle.AnalysisFileNames.Append(AtomicOutput.OutputMark).Order(StringComparer.Ordinal)],
            Directory.GetFileSystemEntries(folder.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(ReportBundle.AnalysisFileNames, file => Assert.Contains(file, ReportBundle.FileNames));
    }

    [Fact]
    public void Write_FailingFile_EarlierBundleLeftWhole()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        new ReportBundle(SampleReport.Content).Write(output);
        var before = Snapshot(output);
        var failing = new ReportBundle(SampleReport.Content with { Recommendations = new FailingList() });

        Assert.Throws<InvalidOperationException>(() => failing.Write(output));

        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_TooFewEpisodesToTrain_SaysWhyAndHasNoModel()
    {
        using var folder = new TempFolder();
        DataGenerator.WriteTo(folder.File("data"), new GeneratorOptions { Customers = 5, Months = 3 });
        var progress = new Recorder();

        var bundle = ReportBundle.Build(folder.File("data"), progress: progress);

        Assert.Null(bundle.Content.Model);
        Assert.StartsWith("none could be trained on this data: ", bundle.Content.ModelNote, StringComparison.Ordinal);
        Assert.Contains(progress.Lines, line => line.StartsWith("No channel model: ", StringComparison.Ordinal));
        Assert.Equal(["Training the channel model..."], progress.Steps);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), path => Convert.ToBase64String(File.ReadAllBytes(path)));

    /// <summary>Remembers what the bundle told it.</summary>
    private sealed class Recorder : IReportProgress
    {
        public bool Loaded { get; private set; }
        public List<string> Lines { get; } = [];
        public List<string> Steps { get; } = [];

        public Domain.CollectionHistory Loading(Func<IProgress<LoadProgress>?, Domain.CollectionHistory> load)
        {
            Loaded = true;
            return load(null);
        }

        public T Working<T>(string first, Func<Action<string>, T> work)
        {
            Steps.Add(first);
            return work(_ => { });
        }

        public void Say(string line) => Lines.Add(line);
    }

    /// <summary>Recommendations that fail when a file reads them.</summary>
    private sealed class FailingList : IReadOnlyList<ChannelRecommendation>
    {
        public int Count => 1;
        public ChannelRecommendation this[int index] => throw new InvalidOperationException("failed while writing");
        public IEnumerator<ChannelRecommendation> GetEnumerator() => throw new InvalidOperationException("failed while writing");
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
