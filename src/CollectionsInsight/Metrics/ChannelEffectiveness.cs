using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The core question: does phone, email or both get customers to pay sooner, and what does each do to DSO?
/// <code>var result = ChannelEffectiveness.Compute(history, asOf);</code>
/// </summary>
public static class ChannelEffectiveness
{
    public const string AllGroup = "all";
    private static readonly ChannelMix[] Mixes = Enum.GetValues<ChannelMix>();

    /// <summary>Days to pay, the DSO family and survival curves by channel mix, as of <paramref name="asOf"/> (default: the latest date in the data).</summary>
    public static ChannelEffectivenessResult Compute(CollectionHistory history, DateOnly? asOf = null, ChannelEffectivenessOptions? options = null)
    {
        options ??= new ChannelEffectivenessOptions();
        options.Validate();
        var date = asOf ?? history.LatestDate ?? throw new ArgumentException("the history is empty: there is no as-of date to default to");
        var episodes = CollectionEpisode.BuildAll(history, date, options.WindowDays);
        var groups = Groups(history, episodes, options.GroupBy);

        var summaries = new List<MixSummary>();
        var survival = new List<MixSurvival>();
        foreach (var view in Enum.GetValues<MixView>())
        {
            foreach (var (group, members) in groups)
            {
                foreach (var mix in Mixes)
                {
                    var subset = members.Where(e => MixIn(e, view) == mix).ToArray();
                    summaries.Add(Summarize(view, group, mix, subset, options, out var curve));
                    if (curve is not null) survival.Add(new MixSurvival(view, group, mix, curve));
                }
            }
        }

        var dso = new List<DsoMonth>();
        foreach (var (group, members) in groups)
        {
            dso.AddRange(DsoByMonth.Compute(group, AllGroup, members, date, options.DsoPeriodMonths));
            foreach (var mix in Mixes)
                dso.AddRange(DsoByMonth.Compute(group, mix.ToWord(), members.Where(e => e.LifetimeMix == mix).ToArray(), date, options.DsoPeriodMonths));
        }
        return new ChannelEffectivenessResult(date, options, episodes, summaries, survival, dso, [.. NotComputed(episodes, dso, date), .. Caveats(options)]);
    }

    private static ChannelMix MixIn(CollectionEpisode episode, MixView view) => view == MixView.Lifetime ? episode.LifetimeMix : episode.EpisodeMix;

    private static List<(string Group, CollectionEpisode[] Members)> Groups(CollectionHistory history, IReadOnlyList<CollectionEpisode> episodes, CustomerAttribute? by)
    {
        var groups = new List<(string, CollectionEpisode[])> { (AllGroup, episodes.ToArray()) };
        if (by is not { } attribute) return groups;
        string KeyOf(CollectionEpisode e)
        {
            var customer = history.FindCustomer(e.Invoice.Invoice.CustomerId)!;
            return attribute switch
            {
                CustomerAttribute.Segment => customer.Segment ?? "(none)",
                CustomerAttribute.Country => customer.Country ?? "(none)",
                _ => $"{customer.PaymentTermsDays} days",
            };
        }
        groups.AddRange(episodes.GroupBy(KeyOf).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToArray())));
        return groups;
    }

    private static MixSummary Summarize(MixView view, string group, ChannelMix mix, CollectionEpisode[] subset,
        ChannelEffectivenessOptions options, out KaplanMeierCurve? curve)
    {
        var paid = subset.Where(e => !e.IsOpen).ToArray();
        var amounts = paid.Select(e => e.Invoice.Invoice.Amount).ToArray();
        var daysToPay = paid.Select(e => (double)e.DaysToPay!.Value).ToArray();
        var beyondTerms = paid.Select(e => (double)e.DaysBeyondTerms!.Value).ToArray();
        var horizon = subset.Select(e => e.PaidWithin(options.HorizonDays)).Where(known => known is not null).ToArray();
        var started = subset.Where(e => e.StartedOn is not null).ToArray();
        curve = started.Length == 0
            ? null
            : KaplanMeierCurve.Estimate(started.Select(e => new SurvivalObservation(e.ObservedDays!.Value, e.DaysToSettleFromStart is not null)));
        var any = paid.Length > 0;
        var bootstrap = options.Bootstrap with
        {
            Resamples = (int)Math.Min(options.Bootstrap.Resamples, Math.Max(200, ChannelEffectivenessOptions.MaxBootstrapDraws / Math.Max(1, paid.Length))),
        };
        var intervals = any ? Bootstrap.MeanAndWeightedMean(daysToPay, amounts, bootstrap) : default;
        return new MixSummary(
            view, group, mix, subset.Length, paid.Length, subset.Sum(e => e.Invoice.Invoice.Amount),
            any ? DescriptiveStatistics.Summarize(daysToPay, amounts) : null,
            any ? intervals.Mean : null,
            any ? intervals.WeightedMean : null,
            any ? DescriptiveStatistics.Summarize(beyondTerms, amounts) : null,
            any ? beyondTerms.Average(d => Math.Max(0, d)) : null,
            any ? beyondTerms.Average(d => d > 0 ? 1.0 : 0.0) : null,
            horizon.Length,
            horizon.Length > 0 ? horizon.Average(known => known == true ? 1.0 : 0.0) : null,
            curve?.Median, curve?.MedianLower, curve?.MedianUpper);
    }

    /// <summary>What the data does not allow to compute, first in the caveats so a reader sees why a table is empty.</summary>
    private static IEnumerable<string> NotComputed(IReadOnlyList<CollectionEpisode> episodes, List<DsoMonth> dso, DateOnly asOf)
    {
        if (episodes.Count == 0)
            yield return $"No invoices issued by {asOf:yyyy-MM-dd} (credit notes aside): days to pay and survival cannot be measured.";
        if (dso.Count == 0)
            yield return $"No credit sales in a complete month by {asOf:yyyy-MM-dd}: DSO, countback DSO, best possible DSO, ADD and CEI cannot be computed.";
        else if (dso.Any(d => d.Cei.Percent is null))
            yield return "CEI is left empty for months where its denominator (AR start + sales term − current AR end) is not positive, "
                + "e.g. when the history starts inside the period; metrics.json gives the reason per month.";
    }

    private static IReadOnlyList<string> Caveats(ChannelEffectivenessOptions options) =>
    [
        $"Episode view: an invoice's channel mix is what collectors used in the first {options.WindowDays} days after the first outbound attempt, " +
        $"and its outcome is measured from that start (paid within {options.HorizonDays} days; time to pay with open invoices censored). " +
        "This is the view to compare channels with.",
        "Lifetime view: every outbound attempt over the invoice's life. Slow payers collect more follow-ups on both channels, " +
        "so 'both' looks slow even when no channel matters. It describes effort, not effect.",
        "Channel choice is confounded: collectors phone large and chronically late accounts and email reliable payers, " +
        "so even the episode view compares different customers. The channel model (train) adjusts for that.",
        "Days to pay and days beyond terms are over invoices paid by the as-of date; open invoices count in the paid share " +
        "and as censored in the Kaplan-Meier median and the paid-within-horizon share (over invoices whose horizon has passed or that were paid).",
        "AR is the open balance of invoices; credit notes and unapplied cash are not netted (the data-quality report counts them). " +
        "DSO by channel mix assigns each invoice its lifetime mix as of the as-of date.",
    ];
}
