using System.Diagnostics;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The core question: does phone, email or both get customers to pay sooner, and what does each do to DSO?
/// <code>var result = ChannelEffectiveness.Compute(history, asOf);</code>
/// </summary>
public static class ChannelEffectiveness
{
    /// <summary>
    /// The name of the group of the whole book; in <see cref="DsoMonth.ChannelMix"/> it also stands for all invoices,
    /// whatever their mix.
    /// </summary>
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
        // The monthly DSO family, the aging and the promises need none of the summaries: they are worked out beside them.
        var dso = Task.Run(() => (MonthlyDso(groups, date, options.DsoPeriodMonths), Aging(groups, history, date),
            groups.SelectMany(g => PromiseKeeping.Of(g.Group, g.All, history.AttemptsAbout, date)).ToList()));

        var (summaries, survival) = Summaries(groups, options);
        var (months, aging, promises) = dso.GetAwaiter().GetResult();
        return new ChannelEffectivenessResult(date, options, episodes, summaries, survival, months, aging, promises, [.. MixedCurrencies(history), .. NoneOpen(episodes, date), .. NotComputed(episodes, months, date), .. Caveats(episodes, options)])
        {
            ChallengerTest = options.ChallengerTest is { } test ? ChallengerTestResult.Of(episodes, test, options.HorizonDays) : null,
        };
    }

    /// <summary>
    /// The summary and survival curve of every view, group and channel mix, in that order. They are independent, so
    /// they are worked out side by side. The views agree on many invoices' mix (always on "none": no effort at all),
    /// and a summary is costly (its bootstrap draws millions of values): the same invoices are summarised once.
    /// </summary>
    private static (List<MixSummary> Summaries, List<MixSurvival> Survival) Summaries(List<GroupMembers> groups, ChannelEffectivenessOptions options)
    {
        var cases = (from view in Enum.GetValues<MixView>() from members in groups from mix in Mixes select (View: view, Members: members, Mix: mix)).ToArray();
        // The lifetime view comes first, so case i of another view has the same group and mix as lifetime case i % perView.
        var perView = groups.Count * Mixes.Length;
        var sameAsLifetime = cases.Select(c => c.View != MixView.Lifetime
            && c.Members.Of(c.View, c.Mix).SequenceEqual(c.Members.Of(MixView.Lifetime, c.Mix))).ToArray();
        var results = new (MixSummary Summary, KaplanMeierCurve? Curve)[cases.Length];
        Parallel.For(0, cases.Length, i =>
        {
            var (view, members, mix) = cases[i];
            if (!sameAsLifetime[i]) results[i] = Summarize(view, members.Group, mix, members.Of(view, mix), options);
        });

        var summaries = new List<MixSummary>(cases.Length);
        var survival = new List<MixSurvival>(cases.Length);
        for (var i = 0; i < cases.Length; i++)
        {
            var (view, members, mix) = cases[i];
            var (summary, curve) = results[sameAsLifetime[i] ? i % perView : i];
            summaries.Add(summary with { View = view });
            if (curve is not null) survival.Add(new MixSurvival(view, members.Group, mix, curve));
        }
        return (summaries, survival);
    }

    /// <summary>The DSO family by month of every group, of all its invoices and then of each lifetime channel mix.</summary>
    private static List<DsoMonth> MonthlyDso(List<GroupMembers> groups, DateOnly date, int periodMonths) =>
        ByGroupAndMix(groups, (group, mix, invoices) => DsoByMonth.Compute(group, mix, invoices, date, periodMonths));

    /// <summary>The AR aging on the as-of date of every group, of all its invoices and then of each lifetime channel mix.</summary>
    private static List<AgingBucket> Aging(List<GroupMembers> groups, CollectionHistory history, DateOnly date) =>
        ByGroupAndMix(groups, (group, mix, invoices) => AgingBucket.Of(group, mix, invoices, history.AttemptsAbout, date));

    /// <summary>
    /// <paramref name="rows"/>(group, mix, invoices) of every group: of all its invoices (mix "all"), then of each lifetime channel mix.
    /// </summary>
    private static List<T> ByGroupAndMix<T>(List<GroupMembers> groups, Func<string, string, IReadOnlyList<CollectionEpisode>, IEnumerable<T>> rows)
    {
        var all = new List<T>();
        foreach (var members in groups)
        {
            all.AddRange(rows(members.Group, AllGroup, members.All));
            foreach (var mix in Mixes)
                all.AddRange(rows(members.Group, mix.ToWord(), members.Of(MixView.Lifetime, mix)));
        }
        return all;
    }


    /// <summary>The invoices of one group, and those of each channel mix in each view (in the same order), sorted out in one pass.</summary>
    private sealed class GroupMembers
    {
        private readonly List<CollectionEpisode>[][] _byViewAndMix =
            Enum.GetValues<MixView>().Select(_ => Mixes.Select(_ => new List<CollectionEpisode>()).ToArray()).ToArray();

        public GroupMembers(string group, IReadOnlyList<CollectionEpisode> all)
        {
            Group = group;
            All = all;
            foreach (var episode in all)
            {
                _byViewAndMix[(int)MixView.Lifetime][(int)episode.LifetimeMix].Add(episode);
                _byViewAndMix[(int)MixView.Episode][(int)episode.EpisodeMix].Add(episode);
            }
        }

        public string Group { get; }

        public IReadOnlyList<CollectionEpisode> All { get; }

        public List<CollectionEpisode> Of(MixView view, ChannelMix mix) => _byViewAndMix[(int)view][(int)mix];
    }

    private static List<GroupMembers> Groups(CollectionHistory history, IReadOnlyList<CollectionEpisode> episodes, GroupAttribute? by)
    {
        var groups = new List<GroupMembers> { new(AllGroup, episodes) };
        if (by is not { } attribute) return groups;
        string KeyOf(CollectionEpisode e)
        {
            var customer = history.FindCustomer(e.Invoice.Invoice.CustomerId)!;
            return attribute switch
            {
                GroupAttribute.Segment => customer.Segment ?? "(none)",
                GroupAttribute.Country => customer.Country ?? "(none)",
                GroupAttribute.Terms => $"{customer.PaymentTermsDays} days",
                GroupAttribute.Currency => e.Invoice.Invoice.Currency?.ToUpperInvariant() ?? "(none)",
                _ => throw new UnreachableException(attribute.ToString()),
            };
        }
        groups.AddRange(episodes.GroupBy(KeyOf).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupMembers(g.Key, [.. g])));
        return groups;
    }

    private static (MixSummary Summary, KaplanMeierCurve? Curve) Summarize(MixView view, string group, ChannelMix mix,
        List<CollectionEpisode> subset, ChannelEffectivenessOptions options)
    {
        // Counted first, so that every array has its exact size and is used as it is: a subset can hold most of a
        // million invoices, and arrays that large are only freed by full collections of everything loaded.
        int paid = 0, started = 0;
        foreach (var e in subset)
        {
            if (!e.IsOpen) paid++;
            if (e.StartedOn is not null) started++;
        }
        var weights = new double[paid];
        var daysToPay = new double[paid];
        var beyondTerms = new double[paid];
        var observedDays = new int[started];
        var settled = new bool[started];
        // One pass over the invoices, in their order, so every sum is as before.
        decimal amount = 0;
        int p = 0, s = 0, horizonKnown = 0, paidWithinHorizon = 0, paidLate = 0;
        double clampedBeyondTerms = 0;
        foreach (var e in subset)
        {
            amount += e.Invoice.Invoice.Amount;
            if (!e.IsOpen)
            {
                weights[p] = DescriptiveStatistics.Weight(e.Invoice.Invoice.Amount, p);
                daysToPay[p] = e.DaysToPay!.Value;
                var beyond = e.DaysBeyondTerms!.Value;
                beyondTerms[p++] = beyond;
                clampedBeyondTerms += Math.Max(0, beyond);
                if (beyond > 0) paidLate++;
            }
            if (e.PaidWithin(options.HorizonDays) is { } known)
            {
                horizonKnown++;
                if (known) paidWithinHorizon++;
            }
            if (e.ObservedDays is { } observed)
            {
                observedDays[s] = observed;
                settled[s++] = e.DaysToSettleFromStart is not null;
            }
        }
        var curve = started == 0 ? null : KaplanMeierCurve.Estimate(observedDays, settled);
        var any = paid > 0;
        var bootstrap = options.Bootstrap with
        {
            Resamples = (int)Math.Min(options.Bootstrap.Resamples, Math.Max(200, ChannelEffectivenessOptions.MaxBootstrapDraws / Math.Max(1, paid))),
        };
        // The intervals before the summaries, which sort the days in place.
        var intervals = any ? Bootstrap.Intervals(daysToPay, weights, bootstrap) : default;
        var summary = new MixSummary(
            view, group, mix, subset.Count, paid, amount,
            any ? DescriptiveStatistics.SummarizeInPlace(daysToPay, weights) : null,
            any ? intervals.Mean : null,
            any ? intervals.Weighted : null,
            any ? DescriptiveStatistics.SummarizeInPlace(beyondTerms, weights) : null,
            any ? clampedBeyondTerms / paid : null,
            any ? (double)paidLate / paid : null,
            horizonKnown,
            horizonKnown > 0 ? (double)paidWithinHorizon / horizonKnown : null,
            curve?.Median, curve?.MedianLower, curve?.MedianUpper);
        return (summary, curve);
    }

    /// <summary>
    /// A book in several currencies, first in the caveats: amounts are never converted (the data has no rates), so every
    /// sum of money mixes them.
    /// </summary>
    private static IEnumerable<string> MixedCurrencies(CollectionHistory history)
    {
        var currencies = history.Invoices.Select(i => i.Invoice.Currency).OfType<string>()
            .CountBy(currency => currency, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();
        if (currencies.Length > 1)
            yield return $"The invoices are in {currencies.Length} currencies ({string.Join(", ", currencies.Select(c => $"{c.Key}: {c.Value:N0}"))}), "
                + "and amounts are not converted: AR, sales, the DSO family and the amount-weighted figures add them as they are. "
                + "Analyse one currency at a time (analyze --by currency gives each currency its own tables and DSO), or convert the amounts before loading.";
    }

    /// <summary>The caveat of a book without an invoice open on the as-of date (<see cref="ChannelEffectivenessResult.NoneOpen"/>).</summary>
    private static IEnumerable<string> NoneOpen(IReadOnlyList<CollectionEpisode> episodes, DateOnly asOf)
    {
        if (ChannelEffectivenessResult.NoneOpenOn(episodes, asOf))
            yield return $"Every invoice was paid by {asOf:yyyy-MM-dd}. If the export holds only settled invoices, the invoices still open when it "
                + "was taken are missing, and the latest months' AR, DSO, ADD and CEI are too low.";
    }

    /// <summary>What the data does not allow to compute, first in the caveats so a reader sees why a table is empty.</summary>
    private static IEnumerable<string> NotComputed(IReadOnlyList<CollectionEpisode> episodes, List<DsoMonth> dso, DateOnly asOf)
    {
        if (episodes.Count == 0)
            yield return $"No invoices issued by {asOf:yyyy-MM-dd} (credit notes aside): days to pay and survival cannot be measured.";
        if (dso.Count == 0)
            yield return $"No credit sales in a complete month by {asOf:yyyy-MM-dd}: DSO, countback DSO, best possible DSO, ADD and CEI cannot be computed.";
        else if (dso.Any(d => d.Cei.Percent is null))
            yield return "CEI is left empty for months whose period starts with the history (the AR at its start is not known) "
                + "or whose denominator (AR start + sales term − current AR end) is not positive; metrics.json gives the reason per month.";
    }

    private static IReadOnlyList<string> Caveats(IReadOnlyList<CollectionEpisode> episodes, ChannelEffectivenessOptions options) =>
    [
        $"Episode view: an invoice's channel mix is what collectors used in the first {options.WindowDays} days after the first outbound attempt, " +
        $"and its outcome is measured from that start (paid within {options.HorizonDays} days; time to pay with open invoices censored). " +
        "This is the view to compare channels with.",
        "Lifetime view: every outbound attempt over the invoice's life. Slow payers collect more follow-ups on both channels, " +
        "so 'both' looks slow even when no channel matters. It describes effort, not effect.",
        ChannelConfounding.Caveat(episodes, options.WindowDays),
        "Days to pay and days beyond terms are over invoices paid by the as-of date; open invoices count in the paid share " +
        "and as censored in the Kaplan-Meier median; the paid-within-horizon share is over invoices whose horizon has passed, paid or not.",
        "AR is the open balance of invoices; credit notes and unapplied cash are not netted (the data-quality report counts them). " +
        "DSO by channel mix assigns each invoice its lifetime mix as of the as-of date.",
    ];
}
