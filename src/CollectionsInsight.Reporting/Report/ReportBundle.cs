using System.Runtime.ExceptionServices;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// The report bundle: everything in one go — load and validate, analyze, train the channel model when none is given,
/// recommend, build the worklist with the model's advice — written into one folder: <see cref="FileNames"/> and
/// <c>charts/*.svg</c>, <c>charts/*.png</c>. The folder is filled completely or not at all.
/// </summary>
public sealed class ReportBundle
{
    /// <summary>The files of the channel-effectiveness analysis (<c>analyze</c>), also part of the report.</summary>
    private static readonly OutputFile<ChannelEffectivenessResult>[] AnalysisFiles =
    [
        new("channel_mix_summary.csv", (path, result) =>
            CsvOutput.Write(path, EffectivenessFiles.SummaryColumns, result.Mixes.Select(EffectivenessFiles.SummaryRow))),
        new("dso_monthly.csv", (path, result) => CsvOutput.Write(path, EffectivenessFiles.DsoColumns, result.Dso.Select(EffectivenessFiles.DsoRow))),
        new("aging.csv", (path, result) => CsvOutput.Write(path, EffectivenessFiles.AgingColumns, result.Aging.Select(EffectivenessFiles.AgingRow))),
        new("promises.csv", (path, result) => CsvOutput.Write(path, EffectivenessFiles.PromiseColumns, result.Promises.Select(EffectivenessFiles.PromiseRow))),
        new("survival.csv", (path, result) =>
            CsvOutput.Write(path, EffectivenessFiles.SurvivalColumns, result.Survival.SelectMany(EffectivenessFiles.SurvivalRows))),
        new("invoice_outcomes.csv", (path, result) =>
            CsvOutput.Write(path, EffectivenessFiles.InvoiceColumns, result.Invoices.Select(e => EffectivenessFiles.InvoiceRow(e, result.Options.HorizonDays)))),
        new("metrics.json", MetricsJson.Write),
    ];

    /// <summary>The file of a champion/challenger test, which <see cref="WriteAnalysis"/> adds when the analysis has one.</summary>
    public const string ChallengerTestFileName = "challenger_test.csv";

    private static readonly OutputFile<ChannelEffectivenessResult> ChallengerTestFile = new(ChallengerTestFileName, (path, result) =>
        CsvOutput.Write(path, EffectivenessFiles.ChallengerColumns, result.ChallengerTest!.Arms.Select(EffectivenessFiles.ChallengerRow)));

    /// <summary>
    /// Every file of the report, in the order a console lists them. The workbook and the HTML report come first: they
    /// take longest, and the files are written side by side. report.html also writes the charts it shows into charts/.
    /// </summary>
    private static readonly OutputFile<ReportContent>[] Files =
    [
        new("collections-insight.xlsx", ExcelReport.Write),
        new("report.html", (path, content) =>
        {
            var charts = ReportCharts.Build(content);
            ReportCharts.Save(Path.Combine(Path.GetDirectoryName(path)!, ChartsFolder), charts);
            HtmlReport.Write(path, content, charts);
        }),
        .. AnalysisFiles.Select(file => new OutputFile<ReportContent>(file.Name, (path, content) => file.Write(path, content.Effectiveness))),
        new("data_quality.csv", (path, content) => DataQualityFile.Write(path, content.Quality, content.PiiMasked ? PiiMask.Issue : null)),
        new("worklist.csv", (path, content) => content.Worklist?.WriteCsv(path)),
        new("recommendations.csv", (path, content) => RecommendationsFile.Write(path, content.Recommendations)),
    ];

    /// <summary>The folder of the chart images, beside the files.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>The files <see cref="Write"/> writes besides <see cref="ChartsFolder"/>.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. Files.Select(f => f.Name)];

    /// <summary>The files <see cref="WriteAnalysis"/> writes.</summary>
    public static IReadOnlyList<string> AnalysisFileNames { get; } = [.. AnalysisFiles.Select(f => f.Name)];

    internal ReportBundle(ReportContent content) => Content = content;

    /// <summary>What the report shows; the console prints its headline from it.</summary>
    public ReportContent Content { get; }

    /// <summary>
    /// Builds the report of the data in <paramref name="dataFolder"/>: loads it, analyzes it as of the chosen date, loads
    /// the given model or trains one with default options (none, with the reason, when the data is too little), recommends
    /// and builds the worklist. <paramref name="progress"/> hears what it is doing.
    /// </summary>
    /// <exception cref="CollectionsInsightException">The data cannot be used, or the model file cannot be read.</exception>
    public static ReportBundle Build(string dataFolder, ReportBundleOptions? options = null, IReportProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        options ??= new ReportBundleOptions();
        progress ??= new Silent();
        var history = progress.Loading(report => CollectionHistory.Load(dataFolder,
            new LoadOptions { AnalysisAsOf = options.AsOf, Mapping = options.Mapping, Progress = report }));
        history.Quality.RequireRowsKept();
        if (options.MaskPii) history = PiiMask.History(history);
        var asOf = AsOfChoice.Of(history, options.AsOf, options.Time);
        progress.Say(asOf.ToString());
        var effectiveness = ChannelEffectiveness.Compute(history, asOf.Date, new ChannelEffectivenessOptions { DsoPeriodMonths = options.DsoPeriodMonths });
        var (model, note) = Model(history, asOf.Date, options.ModelFile, progress);
        var recommendations = model is null ? [] : Recommend(model, history, asOf.Date, allCustomers: false, progress);
        return new ReportBundle(new ReportContent(asOf.Date, Path.GetFileName(Path.GetFullPath(dataFolder)), history.Quality, effectiveness)
        {
            Model = model,
            Recommendations = recommendations,
            ModelNote = note,
            ModelGiven = options.ModelFile is not null,
            Worklist = Worklist.Build(history, asOf.Date, advice: model is { Card.GainConfirmed: true } ? recommendations.ToAdvice() : null),
            PiiMasked = options.MaskPii,
        });
    }

    /// <summary>
    /// Writes every file of <see cref="FileNames"/> and the charts into <paramref name="folder"/>, which then holds exactly
    /// these (a folder of other files is refused); on failure the folder is unchanged.
    /// </summary>
    public void Write(string folder) => AtomicOutput.ReplaceFolder(folder, staging => WriteSideBySide(staging, Files, Content));

    /// <summary>
    /// Writes the files of <see cref="AnalysisFileNames"/> into <paramref name="folder"/>, like <see cref="Write"/>, and
    /// <see cref="ChallengerTestFileName"/> when the analysis compared a champion/challenger test.
    /// </summary>
    public static void WriteAnalysis(string folder, ChannelEffectivenessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = result.ChallengerTest is null ? AnalysisFiles : [.. AnalysisFiles, ChallengerTestFile];
        AtomicOutput.ReplaceFolder(folder, staging => WriteSideBySide(staging, files, result));
    }

    /// <summary>Recommends for the data's customers with the model, saying which model it uses.</summary>
    public static IReadOnlyList<ChannelRecommendation> Recommend(ChannelModel model, CollectionHistory history, DateOnly? asOf, bool allCustomers,
        IReportProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(history);
        progress ??= new Silent();
        if (history.Customers.Count == 0)
        {
            progress.Say("No recommendations: the data has no customers.");
            return [];
        }
        progress.Say($"Using the {model.Card.Learner.ToWord()}-learner ({model.Card.Engine}) trained as of {model.Options.AsOf:yyyy-MM-dd}.");
        if ((asOf ?? history.LatestDate) is { } date && model.Options.AsOf is { } trained && trained > date)
            progress.Say($"Warning: the model was trained on data up to {trained:yyyy-MM-dd}, after the as-of date {date:yyyy-MM-dd}: "
                + "it learned from outcomes that had not happened by then, so its advice is not what could have been known on that date.");
        return progress.Working("Recommending a channel per customer...", _ => model.RecommendAll(history, asOf, allCustomers));
    }

    /// <summary>The given model, or one trained on the data with default options; none, with the reason, when too little data.</summary>
    private static (ChannelModel? Model, string Note) Model(CollectionHistory history, DateOnly asOf, string? file, IReportProgress progress)
    {
        if (file is not null)
        {
            var given = ChannelModel.Load(file);
            return (given, $"given ({Path.GetFileName(file)}, trained as of {given.Options.AsOf:yyyy-MM-dd})");
        }
        progress.Say("No --model given: training the channel model on this data with default options...");
        try
        {
            return (progress.Working("Training the channel model...",
                    step => ChannelRecommender.Train(history, new RecommenderOptions { AsOf = asOf }, progress: message => step($"Training: {message}..."))),
                "trained on this data with default options (no --model given)");
        }
        catch (InsufficientDataException e)
        {
            progress.Say($"No channel model: {e.Message}. The report is written without one.");
            return (null, $"none could be trained on this data: {e.Message}");
        }
    }

    /// <summary>
    /// The files read the same finished content and write different files, so they are written side by side: the bundle
    /// takes the time of the longest, not of all. A failure surfaces as its own exception (not wrapped), so its message is shown.
    /// </summary>
    private static void WriteSideBySide<T>(string folder, IEnumerable<OutputFile<T>> files, T content)
    {
        try
        {
            Parallel.ForEach(files, file => file.Write(Path.Combine(folder, file.Name), content));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private sealed class Silent : IReportProgress;
}
