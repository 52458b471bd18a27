using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>The CSV files of <c>analyze</c>. Column names are stable: collections systems and scripts read them.</summary>
public static class EffectivenessFiles
{
    /// <summary>The columns of channel_mix_summary.csv: one row per view, group and channel mix.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        "view", "group", "channel_mix", "invoices", "paid_invoices", "amount", "paid_share",
        "mean_days_to_pay", "mean_days_to_pay_lower", "mean_days_to_pay_upper",
        "weighted_days_to_pay", "weighted_days_to_pay_lower", "weighted_days_to_pay_upper",
        "median_days_to_pay", "p75_days_to_pay", "p90_days_to_pay",
        "mean_days_beyond_terms", "weighted_days_beyond_terms", "median_days_beyond_terms", "mean_days_beyond_terms_clamped",
        "share_paid_late", "horizon_known", "paid_within_horizon", "km_median_days", "km_median_lower", "km_median_upper",
    ];

    /// <summary>The columns of dso_monthly.csv: the DSO family per group, month and channel mix.</summary>
    public static readonly IReadOnlyList<string> DsoColumns =
    [
        "group", "month", "channel_mix", "sales", "period_sales", "period_days", "ar_start", "ar_end", "current_ar_end",
        "dso", "countback_dso", "best_possible_dso", "add", "cei", "cei_without_n", "countback_ar_beyond_sales",
        .. AgingBucket.Buckets.Skip(1).Select(b => $"ar_end_{b.Name.Replace(' ', '_').Replace('-', '_')}"),
    ];

    /// <summary>The columns of aging.csv: the AR aging on the as-of date per group, channel mix and bucket.</summary>
    public static readonly IReadOnlyList<string> AgingColumns = ["group", "channel_mix", "bucket", "invoices", "open_amount", "share", "disputed_amount"];

    /// <summary>The columns of promises.csv: the promises to pay per group and channel, and how they were kept.</summary>
    public static readonly IReadOnlyList<string> PromiseColumns =
        ["group", "channel", "promises", "pending", "kept", "partly_kept", "broken", "kept_share", "promised_amount", "collected_amount"];

    /// <summary>The columns of invoice_outcomes.csv: one row per invoice, with both of its channel mixes.</summary>
    public static readonly IReadOnlyList<string> InvoiceColumns =
    [
        "invoice_id", "customer_id", "issued_on", "due_on", "amount", "settled_on", "open", "days_to_pay", "days_beyond_terms",
        "days_beyond_terms_clamped", "lifetime_mix", "episode_started_on", "episode_mix", "observed_days", "paid_within_horizon",
    ];

    /// <summary>The columns of survival.csv: the Kaplan–Meier steps per view, group and channel mix.</summary>
    public static readonly IReadOnlyList<string> SurvivalColumns = ["view", "group", "channel_mix", "day", "at_risk", "paid", "censored", "survival", "lower", "upper"];

    /// <summary>The columns of challenger_test.csv: one row per arm of a champion/challenger test, then the differences.</summary>
    public static readonly IReadOnlyList<string> ChallengerColumns =
        ["arm", "customers", "invoices", "paid_within_horizon", "lower", "upper", "followed_draw"];

    /// <summary>A row of challenger_test.csv (shares rounded to 4 decimals).</summary>
    public static IReadOnlyList<object?> ChallengerRow(ChallengerArm a) =>
        [a.Arm, a.Customers, a.Invoices, Round(a.PaidShare, 4), Round(a.Lower, 4), Round(a.Upper, 4), Round(a.FollowedShare, 4)];

    /// <summary>A row of channel_mix_summary.csv (days rounded to 2 decimals, shares to 4).</summary>
    public static IReadOnlyList<object?> SummaryRow(MixSummary m) =>
    [
        m.View.ToWord(), m.Group, m.Mix.ToWord(), m.Invoices, m.PaidInvoices, m.Amount, Round(m.PaidShare, 4),
        Round(m.DaysToPay?.Mean), Round(m.MeanDaysToPayInterval?.Lower), Round(m.MeanDaysToPayInterval?.Upper),
        Round(m.DaysToPay?.WeightedMean), Round(m.WeightedDaysToPayInterval?.Lower), Round(m.WeightedDaysToPayInterval?.Upper),
        Round(m.DaysToPay?.Median), Round(m.DaysToPay?.P75), Round(m.DaysToPay?.P90),
        Round(m.DaysBeyondTerms?.Mean), Round(m.DaysBeyondTerms?.WeightedMean), Round(m.DaysBeyondTerms?.Median), Round(m.MeanDaysBeyondTermsClamped),
        Round(m.SharePaidLate, 4), m.HorizonKnown, Round(m.PaidWithinHorizon, 4), m.KmMedianDays, m.KmMedianLower, m.KmMedianUpper,
    ];

    /// <summary>A row of invoice_outcomes.csv; paid_within_horizon is empty while the horizon is not over.</summary>
    public static IReadOnlyList<object?> InvoiceRow(CollectionEpisode e, int horizonDays) =>
    [
        e.Invoice.Invoice.InvoiceId, e.Invoice.Invoice.CustomerId, e.Invoice.Invoice.IssuedOn, e.Invoice.Invoice.DueOn, e.Invoice.Invoice.Amount,
        e.IsOpen ? null : e.Invoice.SettledOn, e.IsOpen, e.DaysToPay, e.DaysBeyondTerms, e.DaysBeyondTerms is { } d ? Math.Max(0, d) : null,
        e.LifetimeMix.ToWord(), e.StartedOn, e.StartedOn is null ? null : e.EpisodeMix.ToWord(), e.ObservedDays, e.PaidWithin(horizonDays),
    ];

    /// <summary>A row of dso_monthly.csv.</summary>
    public static IReadOnlyList<object?> DsoRow(DsoMonth d) =>
    [
        d.Group, d.Month.ToString("yyyy-MM"), d.ChannelMix, d.Sales, d.Dso.Sales, d.Dso.PeriodDays, d.ArStart, d.ArEnd, d.CurrentArEnd,
        Round(d.Dso.Days), Round(d.Countback.Days), Round(d.BestPossible.Days), Round(d.AverageDaysDelinquent.Days),
        Round(d.Cei.Percent), Round(d.CeiWithoutN.Percent), d.Countback.ArBeyondSales, .. d.ArEndByAge.Skip(1).Cast<object?>(),
    ];

    /// <summary>A row of aging.csv (the share rounded to 4 decimals).</summary>
    public static IReadOnlyList<object?> AgingRow(AgingBucket a) => [a.Group, a.ChannelMix, a.Bucket, a.Invoices, a.Amount, Round(a.Share, 4), a.DisputedAmount];

    /// <summary>A row of promises.csv (the kept share rounded to 4 decimals).</summary>
    public static IReadOnlyList<object?> PromiseRow(PromiseKeeping p) =>
        [p.Group, p.Channel, p.Promises, p.Pending, p.Kept, p.PartlyKept, p.Broken, Round(p.KeptShare, 4), p.PromisedAmount, p.CollectedAmount];

    /// <summary>The rows of survival.csv for one curve, one per step.</summary>
    public static IEnumerable<IReadOnlyList<object?>> SurvivalRows(MixSurvival s) =>
        s.Curve.Steps.Select(step => (IReadOnlyList<object?>)
        [
            s.View.ToWord(), s.Group, s.Mix.ToWord(), step.Day, step.AtRisk, step.Events, step.Censored,
            Round(step.Survival, 6), Round(step.Lower, 6), Round(step.Upper, 6),
        ]);

    private static double? Round(double? value, int digits = 2) => value is { } v && double.IsFinite(v) ? Math.Round(v, digits) : null;
}
