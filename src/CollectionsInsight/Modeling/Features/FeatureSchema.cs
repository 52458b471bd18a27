using System.Text.Json.Serialization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling.Features;

/// <summary>
/// The features a model was trained on: the segment categories it saw (one column each), the collection team's
/// time zone, the column names in order, and the optional customer fields the training data supplied
/// (<see cref="Sources"/>). Saved with the model and checked against the data it is applied to.
/// </summary>
internal sealed record FeatureSchema(
    IReadOnlyList<string> Segments, string TeamTimeZone, IReadOnlyList<string> Columns, IReadOnlyList<string> Sources)
{
    public const string TermsDays = "terms_days";
    public const string TenureDays = "tenure_days";
    public const string NewCustomer = "new_customer";
    public const string InvoicesPerMonth = "invoices_per_month";
    public const string LogRelativeSize = "log_relative_size";
    public const string DaysOverdue = "days_overdue";
    public const string EarlierInvoices = "earlier_invoices";
    public const string EarlierMeanDaysToPay = "earlier_mean_days_to_pay";
    public const string EarlierShareLate = "earlier_share_late";
    public const string EarlierMeanDaysLate = "earlier_mean_days_late";
    public const string PhoneReachRate = "phone_reach_rate";
    public const string EmailReplyRate = "email_reply_rate";
    public const string PhonePromiseKeptRate = "phone_promise_kept_rate";
    public const string EmailPromiseKeptRate = "email_promise_kept_rate";
    public const string EarlierCalls = "earlier_calls";
    public const string EarlierEmails = "earlier_emails";
    public const string BouncedEmails = "bounced_emails";
    public const string WrongNumbers = "wrong_numbers";
    public const string PhoneMissing = "phone_missing";
    public const string EmailMissing = "email_missing";
    public const string TimeZoneHours = "time_zone_hours";
    public const string PhoneEpisodesPaidRate = "phone_episodes_paid_rate";
    public const string EmailEpisodesPaidRate = "email_episodes_paid_rate";
    public const string BothEpisodesPaidRate = "both_episodes_paid_rate";
    public const string SegmentPrefix = "segment_";

    private static readonly string[] Common =
    [
        TermsDays, TenureDays, NewCustomer, InvoicesPerMonth, LogRelativeSize, DaysOverdue, EarlierInvoices, EarlierMeanDaysToPay, EarlierShareLate, EarlierMeanDaysLate,
        PhoneReachRate, EmailReplyRate, PhonePromiseKeptRate, EmailPromiseKeptRate, EarlierCalls, EarlierEmails,
        BouncedEmails, WrongNumbers, PhoneMissing, EmailMissing, TimeZoneHours,
        PhoneEpisodesPaidRate, EmailEpisodesPaidRate, BothEpisodesPaidRate,
    ];

    /// <summary>The schema for a history: one column per segment found in it (sorted), then the common columns.</summary>
    public static FeatureSchema For(CollectionHistory history, string teamTimeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(teamTimeZone, out _))
            throw new ArgumentException($"unknown time zone '{teamTimeZone}' for the collection team (use an IANA id such as Europe/Amsterdam)");
        var segments = history.Customers.Select(c => c.Segment).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        return new FeatureSchema(segments, teamTimeZone, [.. segments.Select(s => SegmentPrefix + s), .. Common], SourcesIn(history));
    }

    /// <summary>The optional customer fields that at least one customer has.</summary>
    private static string[] SourcesIn(CollectionHistory history) =>
    [
        .. history.Customers.Any(c => c.Segment is not null) ? ["customers.segment"] : Array.Empty<string>(),
        .. history.Customers.Any(c => c.TimeZone is not null) ? ["customers.time_zone"] : Array.Empty<string>(),
        .. history.Customers.Any(c => c.OnboardedOn is not null) ? ["customers.onboarded_on"] : Array.Empty<string>(),
    ];

    [JsonIgnore]
    public int Width => Columns.Count;

    /// <summary>
    /// Throws <see cref="BadDataException"/> when the data lacks a customer field the model was trained with
    /// (no customer has it), since the features built from it would all be missing.
    /// </summary>
    public void RequireAvailableIn(CollectionHistory history)
    {
        var missing = Sources.Except(SourcesIn(history), StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
            throw new BadDataException(
                $"the model was trained with {string.Join(", ", missing)} but no customer in this data has it; supply that column or retrain the model on data like this");
    }
}
