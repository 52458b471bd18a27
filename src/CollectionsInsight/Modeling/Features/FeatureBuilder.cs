using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;
using static CollectionsInsight.Modeling.Features.FeatureSchema;

namespace CollectionsInsight.Modeling.Features;

/// <summary>
/// What is known, when a collection effort starts, about the invoice it is about: its amount (null for the
/// customer's typical invoice) and how many days overdue it is.
/// </summary>
internal readonly record struct Effort(string CustomerId, decimal? Amount, int DaysOverdue)
{
    /// <summary>The days overdue assumed for a typical invoice (the generator's ground truth uses the same).</summary>
    public const int TypicalDaysOverdue = 5;

    public static Effort Typical(string customerId) => new(customerId, null, TypicalDaysOverdue);
}

/// <summary>
/// Turns efforts into feature rows. The only history it is given is a <see cref="HistoryBefore"/> view, so
/// every feature is computed from data dated before that view's cutoff. Missing values are NaN.
/// </summary>
internal sealed class FeatureBuilder(FeatureSchema schema)
{
    private readonly Dictionary<string, TimeZoneInfo?> zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeZoneInfo team = TimeZoneInfo.FindSystemTimeZoneById(schema.TeamTimeZone);

    public FeatureSchema Schema => schema;

    /// <summary>Builds a matrix, one row per (view, effort) pair.</summary>
    public FeatureMatrix Matrix(IReadOnlyList<(HistoryBefore Past, Effort Effort)> efforts)
    {
        var values = new float[efforts.Count * schema.Width];
        for (var i = 0; i < efforts.Count; i++)
            Fill(efforts[i].Past, efforts[i].Effort, values.AsSpan(i * schema.Width, schema.Width));
        return new FeatureMatrix(efforts.Count, schema.Columns, values);
    }

    private void Fill(HistoryBefore past, Effort effort, Span<float> row)
    {
        var customer = past.FindCustomer(effort.CustomerId)
            ?? throw new ArgumentException($"unknown customer_id '{effort.CustomerId}'", nameof(effort));
        var now = past.Cutoff;
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [TermsDays] = customer.PaymentTermsDays,
            [TenureDays] = customer.OnboardedOn is { } onboarded ? now.DayNumber - onboarded.DayNumber : double.NaN,
            // The practice articles' "new customer": one to introduce ourselves to by phone.
            [NewCustomer] = customer.OnboardedOn is { } since ? (now.DayNumber - since.DayNumber < NewCustomerDays ? 1 : 0) : double.NaN,
            [DaysOverdue] = effort.DaysOverdue,
            [PhoneMissing] = customer.Phone is null ? 1 : 0,
            [EmailMissing] = customer.Email is null ? 1 : 0,
            [TimeZoneHours] = TimeZoneHoursFromTeam(customer.TimeZone, now),
        };
        foreach (var segment in schema.Segments)
            values[SegmentPrefix + segment] = string.Equals(customer.Segment, segment, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var invoices = past.InvoicesOf(customer.CustomerId).ToList();
        var settledOn = invoices.ToDictionary(i => i.InvoiceId, i => i.SettledOn, StringComparer.Ordinal);
        AddPaymentBehaviour(values, invoices, effort, now);
        AddContactBehaviour(values, past, customer.CustomerId, settledOn);
        AddEarlierEpisodes(values, past, customer.CustomerId, settledOn);

        for (var j = 0; j < schema.Width; j++)
            row[j] = (float)values[schema.Columns[j]];
    }

    /// <summary>A customer onboarded fewer days ago than this is new.</summary>
    private const int NewCustomerDays = 90;

    private static void AddPaymentBehaviour(Dictionary<string, double> values, List<PastInvoice> invoices, Effort effort, DateOnly now)
    {
        values[EarlierInvoices] = invoices.Count;
        // Invoice volume over the last year (or since the first invoice): a payables desk handling many invoices a month
        // works differently from an owner who pays a few.
        var yearAgo = now.AddDays(-365);
        var recent = invoices.Count(i => i.IssuedOn >= yearAgo);
        var months = invoices.Count == 0 ? 0 : Math.Clamp((now.DayNumber - Math.Max(invoices[0].IssuedOn.DayNumber, yearAgo.DayNumber)) / 30.44, 1, 12);
        values[InvoicesPerMonth] = months > 0 ? recent / months : double.NaN;
        var median = Median(invoices.Select(i => (double)i.Amount).ToArray());
        values[LogRelativeSize] = effort.Amount is not { } amount ? 0
            : double.IsNaN(median) || amount <= 0 ? double.NaN
            : Math.Log((double)amount / median);

        var daysToPay = invoices.Where(i => i.SettledOn is not null)
            .Select(i => (double)(i.SettledOn!.Value.DayNumber - i.IssuedOn.DayNumber)).ToArray();
        values[EarlierMeanDaysToPay] = daysToPay.Length > 0 ? daysToPay.Average() : double.NaN;
        // Late: settled after the due date, or past due and still open.
        var due = invoices.Where(i => i.DueOn < now).ToArray();
        values[EarlierShareLate] = due.Length > 0
            ? due.Count(i => i.SettledOn is not { } settled || settled > i.DueOn) / (double)due.Length
            : double.NaN;
        // Days beyond terms, counting an invoice still open as late until now: the customer's habitual lateness.
        values[EarlierMeanDaysLate] = due.Length > 0
            ? due.Average(i => (double)((i.SettledOn ?? now).DayNumber - i.DueOn.DayNumber))
            : double.NaN;
    }

    /// <param name="settledOn">When each of the customer's earlier invoices was settled, if it was before the cutoff.</param>
    private static void AddContactBehaviour(Dictionary<string, double> values, HistoryBefore past, string customerId,
        Dictionary<string, DateOnly?> settledOn)
    {
        int calls = 0, reached = 0, emails = 0, replied = 0, bounced = 0, wrong = 0;
        int phonePromises = 0, phoneKept = 0, emailPromises = 0, emailKept = 0;
        foreach (var attempt in past.AttemptsWith(customerId))
        {
            if (!attempt.IsOutbound || attempt.Channel is not (Channel.Phone or Channel.Email)) continue;
            var phone = attempt.Channel == Channel.Phone;
            var answered = attempt.Outcome is Outcome.Reached or Outcome.Replied or Outcome.PromiseToPay or Outcome.Dispute;
            if (phone) { calls++; reached += answered ? 1 : 0; }
            else { emails++; replied += answered ? 1 : 0; }
            bounced += attempt.Outcome == Outcome.Bounced ? 1 : 0;
            wrong += attempt.Outcome == Outcome.WrongNumber ? 1 : 0;

            // A promise counts once its date has passed: kept if the invoice was settled by then.
            if (attempt.PromisedOn is not { } promisedOn || promisedOn >= past.Cutoff || attempt.InvoiceId is null) continue;
            var kept = settledOn.GetValueOrDefault(attempt.InvoiceId) is { } settled && settled <= promisedOn ? 1 : 0;
            if (phone) { phonePromises++; phoneKept += kept; }
            else { emailPromises++; emailKept += kept; }
        }
        values[EarlierCalls] = calls;
        values[EarlierEmails] = emails;
        values[PhoneReachRate] = Rate(reached, calls);
        values[EmailReplyRate] = Rate(replied, emails);
        values[PhonePromiseKeptRate] = Rate(phoneKept, phonePromises);
        values[EmailPromiseKeptRate] = Rate(emailKept, emailPromises);
        values[BouncedEmails] = bounced;
        values[WrongNumbers] = wrong;
    }

    /// <summary>Window and horizon of the earlier episodes summarised as features (the recommender's defaults).</summary>
    private const int EarlierWindowDays = 7, EarlierHorizonDays = 30;

    /// <summary>
    /// How this customer answered each channel before: of its earlier collection episodes whose outcome was known
    /// at the cutoff, the share paid within 30 days, by the channel mix of their first 7 days. The most direct
    /// trace of the customer's own response to each channel; NaN where a channel was never tried.
    /// </summary>
    private static void AddEarlierEpisodes(Dictionary<string, double> values, HistoryBefore past, string customerId,
        Dictionary<string, DateOnly?> settledOn)
    {
        var paid = new int[Channels.Count];
        var known = new int[Channels.Count];
        var byInvoice = past.AttemptsWith(customerId)
            .Where(a => a.IsOutbound && a.InvoiceId is not null && a.Channel is Channel.Phone or Channel.Email)
            .GroupBy(a => a.InvoiceId!, StringComparer.Ordinal);
        foreach (var attempts in byInvoice)
        {
            var start = attempts.Min(a => a.OccurredOn);
            var mix = Metrics.CollectionEpisode.MixOf(attempts.Where(a => a.OccurredOn < start.AddDays(EarlierWindowDays)));
            var horizonEnd = start.AddDays(EarlierHorizonDays);
            var settled = settledOn.GetValueOrDefault(attempts.Key);
            var paidInTime = settled is { } s && s <= horizonEnd;
            if (!paidInTime && horizonEnd >= past.Cutoff) continue;
            var t = Channels.IndexOf(mix);
            known[t]++;
            paid[t] += paidInTime ? 1 : 0;
        }
        values[PhoneEpisodesPaidRate] = Rate(paid[0], known[0]);
        values[EmailEpisodesPaidRate] = Rate(paid[1], known[1]);
        values[BothEpisodesPaidRate] = Rate(paid[2], known[2]);
    }

    /// <summary>Hours between the customer's and the team's UTC offsets on <paramref name="date"/>; NaN when unknown.</summary>
    private double TimeZoneHoursFromTeam(string? zoneId, DateOnly date)
    {
        if (zoneId is null) return double.NaN;
        if (!zones.TryGetValue(zoneId, out var zone))
            zones[zoneId] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : null;
        if (zone is null) return double.NaN;
        var noon = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return Math.Abs((zone.GetUtcOffset(noon) - team.GetUtcOffset(noon)).TotalHours);
    }

    private static double Rate(int count, int total) => total > 0 ? count / (double)total : double.NaN;

    private static double Median(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
