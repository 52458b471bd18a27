using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// Everything a report shows: the as-of date, where the data came from, what loading found, the channel
/// effectiveness, and — when available — the channel model with its recommendations and the collectors' worklist. Sections whose input is missing say
/// "not available" instead of disappearing. Personal data must already be masked (<see cref="PiiMask"/>)
/// when <see cref="PiiMasked"/> is set; the writers mask the data-quality values themselves.
/// </summary>
/// <param name="AsOf">The date the figures are measured at.</param>
/// <param name="DataSource">Where the data came from, as the reader should see it (e.g. the folder name).</param>
/// <param name="Quality">What loading kept and rejected.</param>
/// <param name="Effectiveness">Days to pay, survival and the DSO family by channel mix.</param>
public sealed record ReportContent(DateOnly AsOf, string DataSource, DataQualityReport Quality, ChannelEffectivenessResult Effectiveness)
{
    /// <summary>The collectors' worklist; null when it was not built.</summary>
    public Worklist? Worklist { get; init; }

    /// <summary>The channel model; null when none was given and none could be trained (<see cref="ModelNote"/> says why).</summary>
    public ChannelModel? Model { get; init; }

    /// <summary>The model's recommendation per customer with open overdue invoices; empty without a model.</summary>
    public IReadOnlyList<ChannelRecommendation> Recommendations { get; init; } = [];

    /// <summary>Where the model came from (given, or trained on this data), or why there is none, in plain words.</summary>
    public string ModelNote { get; init; } = "no channel model was trained or given";

    /// <summary>Whether the model was given (trained on other data, or earlier), not trained on this data: its card is about that data.</summary>
    public bool ModelGiven { get; init; }

    /// <summary>Whether contact names, phone numbers and emails are masked in every output.</summary>
    public bool PiiMasked { get; init; }

    /// <summary>The data-quality issues as the report shows them (masked when <see cref="PiiMasked"/>).</summary>
    internal Func<DataQualityIssue, DataQualityIssue> PresentIssue => PiiMasked ? PiiMask.Issue : i => i;

    /// <summary>The episode-view summaries of the whole book for the mixes that have invoices.</summary>
    internal IReadOnlyList<MixSummary> EpisodeMixes => Effectiveness.Headline(MixView.Episode).Where(m => m.Invoices > 0).ToArray();

    /// <summary>The whole book's DSO rows per month for the book (<c>all</c>) and each mix, latest month last.</summary>
    /// <summary>
    /// The whole book's AR open on the as-of date, the part of it more than 90 days past due, the part of that no call,
    /// email, text or letter has chased, and the part of it in dispute; null when nothing is open.
    /// </summary>
    internal (decimal Open, decimal Over90, decimal Over90NeverChased, decimal Over90Disputed)? AgingHeadline
    {
        get
        {
            var book = Effectiveness.Aging.Where(a => a.Group == ChannelEffectiveness.AllGroup).ToArray();
            var over90 = AgingBucket.Buckets.Where(b => b.FromDaysPastDue > 90).Select(b => b.Name).ToHashSet();
            AgingBucket[] Of(string mix) => book.Where(a => a.ChannelMix == mix && over90.Contains(a.Bucket)).ToArray();
            var open = book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup).Sum(a => a.Amount);
            var overdue = Of(ChannelEffectiveness.AllGroup);
            return open > 0 ? (open, overdue.Sum(a => a.Amount), Of(ChannelMix.None.ToWord()).Sum(a => a.Amount), overdue.Sum(a => a.DisputedAmount)) : null;
        }
    }

    /// <summary>The whole book's promises to pay by each channel on which some were judged (their date plus the grace is past).</summary>
    internal IReadOnlyList<PromiseKeeping> JudgedPromises =>
        Effectiveness.Promises.Where(p => p.Group == ChannelEffectiveness.AllGroup && p.Channel != ChannelEffectiveness.AllGroup && p.KeptShare is not null).ToArray();

    /// <summary>What a promise's judged counts say, in words: "636 of 713 judged promises kept in full, 2 partly, 75 broken; 34 pending".</summary>
    internal static string PromiseCounts(PromiseKeeping p) =>
        $"{p.Kept:N0} of {p.Kept + p.PartlyKept + p.Broken:N0} judged promises kept in full, {p.PartlyKept:N0} partly, {p.Broken:N0} broken; {p.Pending:N0} pending";

    /// <summary>
    /// The whole book's month the headlines quote (<see cref="ChannelEffectivenessResult.HeadlineDso"/>), with what the
    /// headlines add to its period when it is not the last month (empty when it is). Null without months.
    /// </summary>
    internal (DsoMonth Month, string Note)? HeadlineDso
    {
        get
        {
            if (Effectiveness.HeadlineDso() is not { } quoted) return null;
            var note = quoted == Effectiveness.BookDsoTotals()[^1] ? "" : "; the last month with sales; the months after it have payments only";
            // An export of settled invoices only lacks those still open when it was taken: its latest AR is too low.
            return (quoted, Effectiveness.NoneOpen ? note + "; every invoice in the data is paid, so if the export left out open ones, this AR is too low" : note);
        }
    }
}
