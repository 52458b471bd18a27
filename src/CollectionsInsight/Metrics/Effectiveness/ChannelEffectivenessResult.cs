namespace CollectionsInsight.Metrics;

/// <summary>
/// Everything <see cref="ChannelEffectiveness.Compute"/> measured, with the caveats a reader must know.
/// <see cref="Invoices"/> holds each invoice's outcome and both channel mixes (too many for metrics.json: invoice_outcomes.csv has them).
/// </summary>
/// <param name="AsOf">The date the data was seen at: later payments and attempts are ignored, open invoices censored there.</param>
/// <param name="Options">The options the figures were computed with.</param>
/// <param name="Invoices">One episode per invoice issued by the as-of date (credit notes excluded); not written to JSON.</param>
/// <param name="Mixes">Days to pay and payment outcomes by view, group and channel mix.</param>
/// <param name="Survival">Kaplan–Meier time-to-pay curves by view, group and channel mix; none where no invoice had an episode.</param>
/// <param name="Dso">The DSO family by group, channel mix ("all" first) and complete month.</param>
/// <param name="Aging">The AR aging on the as-of date by group and channel mix ("all" first), bucket by bucket.</param>
/// <param name="Promises">The promises to pay by group and the channel they were made on ("all" first), and how they were kept.</param>
/// <param name="Caveats">What a reader must know to read the figures: what could not be computed, and the limits of each view.</param>
public sealed record ChannelEffectivenessResult(
    DateOnly AsOf,
    ChannelEffectivenessOptions Options,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<CollectionEpisode> Invoices,
    IReadOnlyList<MixSummary> Mixes,
    IReadOnlyList<MixSurvival> Survival,
    IReadOnlyList<DsoMonth> Dso,
    IReadOnlyList<AgingBucket> Aging,
    IReadOnlyList<PromiseKeeping> Promises,
    IReadOnlyList<string> Caveats)
{
    /// <summary>The champion/challenger test's arms, when <see cref="ChannelEffectivenessOptions.ChallengerTest"/> names one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ChallengerTestResult? ChallengerTest { get; init; }

    /// <summary>
    /// True when no invoice is open on the as-of date: most likely an export of settled invoices only, as paid-item
    /// reports and some public samples are, whose latest months lack the invoices still open when it was taken.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NoneOpen => NoneOpenOn(Invoices, AsOf);

    internal static bool NoneOpenOn(IReadOnlyList<CollectionEpisode> invoices, DateOnly asOf) =>
        invoices.Count > 0 && invoices.All(e => e.Invoice.SettledOn <= asOf);

    /// <summary>The summaries of one view (default: episode) for the whole book, in mix order.</summary>
    public IReadOnlyList<MixSummary> Headline(MixView view = MixView.Episode) =>
        Mixes.Where(m => m.View == view && m.Group == ChannelEffectiveness.AllGroup).ToArray();

    /// <summary>The whole book's DSO rows for the book ("all") and each channel mix, month by month, latest month last.</summary>
    public IReadOnlyList<DsoMonth> BookDso() => Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup).ToArray();

    /// <summary>The whole book's own DSO rows (all invoices, not one mix), one per month, latest month last.</summary>
    public IReadOnlyList<DsoMonth> BookDsoTotals() =>
        Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).ToArray();

    /// <summary>The whole book's own DSO rows of the month ends with AR open: those the aged AR trend can be told of.</summary>
    public IReadOnlyList<DsoMonth> MonthEndsWithAr() => BookDsoTotals().Where(d => d.ArEnd > 0).ToArray();

    /// <summary>
    /// The whole book's month a headline quotes: the latest with credit sales, as after an export's last invoices, months
    /// of payments only would give a DSO near 0 however the book was paid. Null without months.
    /// </summary>
    public DsoMonth? HeadlineDso() => BookDsoTotals() is { Count: > 0 } book ? book.LastOrDefault(d => d.Sales > 0) ?? book[^1] : null;

    /// <summary>
    /// The whole book's AR at the latest month end with AR and at the month end a year before it (the earliest with AR,
    /// where the history is shorter): how the shares past due moved. Null without a month end with AR in the year before the latest.
    /// </summary>
    public (DsoMonth From, DsoMonth To)? AgedTrend()
    {
        var months = MonthEndsWithAr();
        if (months.Count < 2) return null;
        var to = months[^1];
        var from = months.First(d => d.Month >= to.Month.AddMonths(-12));
        return from == to ? null : (from, to);
    }
}
