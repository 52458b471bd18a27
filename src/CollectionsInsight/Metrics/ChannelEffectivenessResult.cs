using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Which channel mix an invoice is counted under. <see cref="Lifetime"/>: every outbound phone and email
/// attempt over the invoice's life (biased: slow payers collect more attempts, so "both" looks slow even
/// when no channel matters). <see cref="Episode"/>: the attempts in the first W days of the collection
/// episode (the treatment), with the outcome measured from the episode start.
/// </summary>
public enum MixView { Lifetime, Episode }

/// <summary>A customer attribute to split the tables by.</summary>
public enum CustomerAttribute { Segment, Country, Terms }

/// <summary>Knobs of <see cref="ChannelEffectiveness.Compute"/>.</summary>
public sealed record ChannelEffectivenessOptions
{
    /// <summary>W: the episode's treatment is the channel mix of its first W days (default 7, the follow-up interval).</summary>
    public int WindowDays { get; init; } = 7;

    /// <summary>H: "paid within H days of the episode start" (default 30).</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>Also split every table by this customer attribute (group "all" is always there).</summary>
    public CustomerAttribute? GroupBy { get; init; }

    /// <summary>Months in each monthly DSO/CEI period: the month and the ones before it (default 3, a rolling quarter).</summary>
    public int DsoPeriodMonths { get; init; } = 3;

    /// <summary>
    /// Resamples and seed of the bootstrap intervals for the means. On large groups the resamples are reduced so
    /// that one interval draws at most <see cref="MaxBootstrapDraws"/> values (never below 200 resamples);
    /// each interval records the resamples it used.
    /// </summary>
    public BootstrapOptions Bootstrap { get; init; } = new();

    public const long MaxBootstrapDraws = 40_000_000;

    internal void Validate()
    {
        if (WindowDays is < 1 or > 365) throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the window must be 1 to 365 days");
        if (HorizonDays is < 1 or > 3650) throw new ArgumentOutOfRangeException(nameof(HorizonDays), HorizonDays, "the horizon must be 1 to 3650 days");
        if (DsoPeriodMonths is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(DsoPeriodMonths), DsoPeriodMonths, "the DSO period must be 1 to 12 months");
    }
}

/// <summary>
/// Days to pay and days beyond terms of the invoices of one channel mix, in one view and one group.
/// Days figures are over the invoices paid by the as-of date; open invoices are not dropped: they count in
/// <see cref="PaidShare"/>, and as censored in the Kaplan–Meier median and <see cref="PaidWithinHorizon"/>.
/// </summary>
public sealed record MixSummary(
    MixView View,
    string Group,
    ChannelMix Mix,
    int Invoices,
    int PaidInvoices,
    decimal Amount,
    DescriptiveSummary? DaysToPay,
    BootstrapInterval? MeanDaysToPayInterval,
    BootstrapInterval? WeightedDaysToPayInterval,
    DescriptiveSummary? DaysBeyondTerms,
    double? MeanDaysBeyondTermsClamped,
    double? SharePaidLate,
    int HorizonKnown,
    double? PaidWithinHorizon,
    int? KmMedianDays,
    int? KmMedianLower,
    int? KmMedianUpper)
{
    public double PaidShare => Invoices == 0 ? 0 : (double)PaidInvoices / Invoices;
}

/// <summary>The Kaplan–Meier time-to-pay curve from the episode start for one channel mix (open invoices censored).</summary>
public sealed record MixSurvival(MixView View, string Group, ChannelMix Mix, KaplanMeierCurve Curve);

/// <summary>
/// The DSO family for one month (its period: the month and the <see cref="ChannelEffectivenessOptions.DsoPeriodMonths"/>−1
/// before it) for the whole book (<see cref="ChannelMix"/> "all") or one channel mix (lifetime view), with the inputs.
/// </summary>
public sealed record DsoMonth(
    string Group,
    string ChannelMix,
    DateOnly Month,
    decimal Sales,
    DsoResult Dso,
    CountbackDsoResult Countback,
    BestPossibleDsoResult BestPossible,
    AddResult AverageDaysDelinquent,
    CeiResult Cei,
    CeiResult CeiWithoutN)
{
    public decimal ArStart => Cei.ArStart;
    public decimal ArEnd => Cei.ArEnd;
    public decimal CurrentArEnd => Cei.CurrentArEnd;
}

/// <summary>
/// Everything <see cref="ChannelEffectiveness.Compute"/> measured, with the caveats a reader must know.
/// <see cref="Invoices"/> holds each invoice's outcome and both channel mixes (too many for metrics.json: invoice_outcomes.csv has them).
/// </summary>
public sealed record ChannelEffectivenessResult(
    DateOnly AsOf,
    ChannelEffectivenessOptions Options,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<CollectionEpisode> Invoices,
    IReadOnlyList<MixSummary> Mixes,
    IReadOnlyList<MixSurvival> Survival,
    IReadOnlyList<DsoMonth> Dso,
    IReadOnlyList<string> Caveats)
{
    /// <summary>The summaries of one view for the whole book, in mix order.</summary>
    public IReadOnlyList<MixSummary> Headline(MixView view = MixView.Episode) =>
        Mixes.Where(m => m.View == view && m.Group == ChannelEffectiveness.AllGroup).ToArray();
}
