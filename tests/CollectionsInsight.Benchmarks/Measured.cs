using System.Diagnostics;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Report;

namespace CollectionsInsight.Benchmarks;

/// <summary>The work each scale task measures, shared by the scale runs and the BenchmarkDotNet benchmarks.</summary>
internal static class Measured
{
    public static string Load(string folder) => Describe(LoadHistory(folder));

    /// <summary>What <c>analyze</c> does: load, then days to pay, survival and the DSO family by channel mix in both views.</summary>
    public static string Analyze(string folder)
    {
        var history = LoadHistory(folder);
        var result = ChannelEffectiveness.Compute(history);
        return $"{Describe(history)}; {result.Mixes.Count} mix summaries, {result.Dso.Count} DSO months";
    }

    /// <summary>What <c>report</c> does end to end, through the console: load, analyze, train, worklist, then the workbook, HTML, charts and CSVs.</summary>
    public static string Report(string folder) => RunReport(folder);

    /// <summary><see cref="Report"/> with the model <see cref="Train"/> saved in the folder (<c>report --model</c>): no training.</summary>
    public static string ReportWithModel(string folder) => RunReport(folder, "--model", Path.Combine(folder, ModelFile));

    private static string RunReport(string folder, params string[] options)
    {
        var output = Directory.CreateTempSubdirectory("ci-bench-report-").FullName;
        try
        {
            var code = Cli.CliApp.Run(["report", "--data", folder, "--out", output, .. options], TextWriter.Null, Console.Error, interactive: false);
            if (code != 0) throw new InvalidOperationException($"report exited with {code}");
            return $"wrote {Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length} files, workbook {new FileInfo(Path.Combine(output, "collections-insight.xlsx")).Length / 1024.0:N0} KiB";
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// The report's charts as <c>report</c> builds them (with the model charts when the folder has the <see cref="ModelFile"/>
    /// that <see cref="Train"/> saves), each rendered to SVG and PNG; the charts' own seconds, which should be at most 2.
    /// </summary>
    public static string Charts(string folder)
    {
        var history = LoadHistory(folder);
        var effectiveness = ChannelEffectiveness.Compute(history);
        var modelFile = Path.Combine(folder, ModelFile);
        var content = new ReportContent(effectiveness.AsOf, Path.GetFileName(folder), history.Quality, effectiveness)
        {
            Model = File.Exists(modelFile) ? ChannelModel.Load(modelFile) : null,
        };
        var start = Stopwatch.GetTimestamp();
        var charts = ReportCharts.Build(content);
        var bytes = charts.Sum(c => PlotImages.Svg(c.Plot).Length + PlotImages.Png(c.Plot).Length);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return $"{charts.Count} charts (SVG and PNG, {bytes / 1024.0:N0} KiB) in {seconds:0.00} s{(content.Model is null ? ", no model file so no model charts" : "")}";
    }

    /// <summary>
    /// What <c>train</c> does with default options (learner <c>auto</c>): load, train, save the model as
    /// <see cref="ModelFile"/> in the folder; the training's own seconds.
    /// </summary>
    public static string Train(string folder)
    {
        var history = LoadHistory(folder);
        var start = Stopwatch.GetTimestamp();
        var model = ChannelRecommender.Train(history);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        model.Save(Path.Combine(folder, ModelFile));
        return $"{model.Card.TrainingEpisodes:N0} episodes, trained in {seconds:0.0} s, chose {model.Card.Learner.ToWord()}";
    }

    /// <summary>
    /// What <c>recommend</c> does with the model <see cref="Train"/> saved in the folder: load the data and the model, then
    /// recommend for every customer; the recommending's own seconds.
    /// </summary>
    public static string Recommend(string folder)
    {
        var history = LoadHistory(folder);
        var model = ChannelModel.Load(Path.Combine(folder, ModelFile));
        var (start, pauses, fullCollections) = (Stopwatch.GetTimestamp(), GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var recommendations = model.RecommendAll(history, allCustomers: true);
        return $"{recommendations.Count:N0} customers, recommended in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s "
            + $"(GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.00} s, {GC.CollectionCount(2) - fullCollections} full collections)";
    }

    /// <summary>The file <see cref="Train"/> saves its model to, in the data folder.</summary>
    public const string ModelFile = "model.json";

    /// <summary>A 500,000-row worklist-shaped sheet through the streaming workbook writer (the data folder is not used).</summary>
    public static string WorklistSheet(string folder)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ci-bench-worklist-{Guid.NewGuid():N}.xlsx");
        try
        {
            var m = ExcelWorkload.Measure(path, 500_000);
            return $"{m.Rows:N0} rows in {m.Elapsed.TotalSeconds:0.0} s, {m.FileBytes / (1024.0 * 1024):0.0} MiB file, {m.AllocatedBytes / (1024.0 * 1024):N0} MiB allocated";
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static CollectionHistory LoadHistory(string folder) => CollectionHistory.Load(folder, new LoadOptions { AsOf = new DateOnly(2030, 1, 1) });

    private static string Describe(CollectionHistory history) =>
        $"{history.Invoices.Count:N0} invoices, {history.Payments.Count:N0} payments, {history.ContactAttempts.Count:N0} contact attempts, {history.Quality.TotalIssues} issues";
}
