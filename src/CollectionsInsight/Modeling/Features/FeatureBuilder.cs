using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;
using static CollectionsInsight.Modeling.Features.FeatureSchema;

namespace CollectionsInsight.Modeling.Features;

/// <summary>
/// Turns efforts into feature rows. The only history it is given is a <see cref="HistoryBefore"/> view, so
/// every feature is computed from data dated before that view's cutoff. Missing values are NaN.
/// </summary>
internal sealed class FeatureBuilder(FeatureSchema schema)
{
    private readonly Dictionary<string, TimeZoneInfo?> _zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeZoneInfo _team = TimeZoneInfo.FindSystemTimeZoneById(schema.TeamTimeZone);

    /// <summary>Where each feature goes in a row, by column name.</summary>
    private readonly Dictionary<string, int> _positions = schema.Columns.Select((column, j) => (column, j))
        .ToDictionary(p => p.column, p => p.j, StringComparer.Ordinal);

    /// <summary>The segments' column names, made once rather than for every row.</summary>
    private readonly string[] _segmentColumns = [.. schema.Segments.Select(segment => SegmentPrefix + segment)];

    // Reused from one row to the next (a builder serves one thread): a training matrix has a row per episode, and
    // allocating these for every row showed in the profiles.
    private readonly List<PastInvoice> _invoices = [];
    private readonly List<ContactAttempt> _attempts = [];
    private readonly Dictionary<string, DateOnly?> _settledOn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EarlierEpisode> _earlierEpisodes = new(StringComparer.Ordinal);
    private double[] _amounts = [];

    public FeatureSchema Schema => schema;

    /// <summary>
    /// Builds a matrix, one row per (view, effort) pair. The rows are cut into one block per core, each filled by its own
    /// builder (a builder's buffers serve one thread); a row's values do not depend on which builder fills it.
    /// </summary>
    public FeatureMatrix Matrix(IReadOnlyList<(HistoryBefore Past, Effort Effort)> efforts)
    {
        var values = new float[efforts.Count * schema.Width];
        RowBlocks.ForEach(efforts.Count, (start, end) =>
        {
            var builder = start == 0 ? this : new FeatureBuilder(schema);
            for (var i = start; i < end; i++)
                builder.Fill(efforts[i].Past, efforts[i].Effort, values.AsSpan(i * schema.Width, schema.Width));
        });
        return new FeatureMatrix(efforts.Count, schema.Columns, values);
    }

    private void Fill(HistoryBefore past, Effort effort, Span<float> row)
    {
        var customer = past.FindCustomer(effort.CustomerId)
            ?? throw new ArgumentException($"unknown customer_id '{effort.CustomerId}'", nameof(effort));
        var now = past.Cutoff;
        Set(row, TermsDays, customer.PaymentTermsDays);
        Set(row, TenureDays, customer.OnboardedOn is { } onboarded ? now.DayNumber - onboarded.DayNumber : double.NaN);
        // The practice articles' "new customer": one to introduce ourselves to by phone.
        Set(row, NewCustomer, customer.OnboardedOn is { } since ? (now.DayNumber - since.DayNumber < NewCustomerDays ? 1 : 0) : double.NaN);
        Set(row, DaysOverdue, effort.DaysOverdue);
        Set(row, PhoneMissing, customer.Phone is null ? 1 : 0);
        Set(row, EmailMissing, customer.Email is null ? 1 : 0);
        Set(row, TimeZoneHours, TimeZoneHoursFromTeam(customer.TimeZone, now));
        for (var k = 0; k < schema.Segments.Count; k++)
            Set(row, _segmentColumns[k], string.Equals(customer.Segment, schema.Segments[k], StringComparison.OrdinalIgnoreCase) ? 1 : 0);
        _invoices.Clear();
        _invoices.AddRange(past.InvoicesOf(customer.CustomerId));
        _settledOn.Clear();
        foreach (var invoice in _invoices)
            _settledOn.Add(invoice.InvoiceId, invoice.SettledOn);
        _attempts.Clear();
        _attempts.AddRange(past.AttemptsWith(customer.CustomerId));
        AddPaymentBehaviour(row, effort, now);
        AddContactBehaviour(row, now);
        AddEarlierEpisodes(row, now);
    }

    /// <summary>Stores a feature's value in its column of <paramref name="row"/>.</summary>
    private void Set(Span<float> row, string column, double value) => row[_positions[column]] = (float)value;

    /// <summary>A customer onboarded fewer days ago than this is new.</summary>
    private const int NewCustomerDays = 90;

    /// <summary>The features of the customer's earlier <see cref="_invoices"/>.</summary>
    private void AddPaymentBehaviour(Span<float> row, Effort effort, DateOnly now)
    {
        Set(row, EarlierInvoices, _invoices.Count);
        // Invoice volume over the last year (or since the first invoice): a payables desk handling many invoices a month
        // works differently from an owner who pays a few.
        var yearAgo = now.AddDays(-365);
        var recent = 0;
        foreach (var invoice in _invoices)
            recent += invoice.IssuedOn >= yearAgo ? 1 : 0;
        var months = _invoices.Count == 0 ? 0 : Math.Clamp((now.DayNumber - Math.Max(_invoices[0].IssuedOn.DayNumber, yearAgo.DayNumber)) / 30.44, 1, 12);
        Set(row, InvoicesPerMonth, months > 0 ? recent / months : double.NaN);
        if (_amounts.Length < _invoices.Count)
            _amounts = new double[Math.Max(_invoices.Count, 2 * _amounts.Length)];
        for (var k = 0; k < _invoices.Count; k++)
            _amounts[k] = (double)_invoices[k].Amount;
        var median = Median(_amounts.AsSpan(0, _invoices.Count));
        Set(row, LogRelativeSize, effort.Amount is not { } amount ? 0
            : double.IsNaN(median) || amount <= 0 ? double.NaN
            : Math.Log((double)amount / median));

        // Whole days, so these sums are exact whatever their order.
        int paid = 0, daysToPay = 0, due = 0, late = 0, daysLate = 0;
        foreach (var invoice in _invoices)
        {
            if (invoice.SettledOn is { } paidOn)
            {
                paid++;
                daysToPay += paidOn.DayNumber - invoice.IssuedOn.DayNumber;
            }
            if (invoice.DueOn >= now) continue;
            due++;
            // Late: settled after the due date, or past due and still open.
            late += invoice.SettledOn is not { } settled || settled > invoice.DueOn ? 1 : 0;
            // Days beyond terms, counting an invoice still open as late until now: the customer's habitual lateness.
            daysLate += (invoice.SettledOn ?? now).DayNumber - invoice.DueOn.DayNumber;
        }
        Set(row, EarlierMeanDaysToPay, paid > 0 ? daysToPay / (double)paid : double.NaN);
        Set(row, EarlierShareLate, due > 0 ? late / (double)due : double.NaN);
        Set(row, EarlierMeanDaysLate, due > 0 ? daysLate / (double)due : double.NaN);
    }

    /// <summary>The customer's answers to earlier calls and emails (<see cref="_attempts"/>), and the promises they kept.</summary>
    private void AddContactBehaviour(Span<float> row, DateOnly now)
    {
        int calls = 0, reached = 0, emails = 0, replied = 0, bounced = 0, wrong = 0;
        int phonePromises = 0, phoneKept = 0, emailPromises = 0, emailKept = 0;
        foreach (var attempt in _attempts)
        {
            if (!attempt.IsOutbound || attempt.Channel is not (Channel.Phone or Channel.Email)) continue;
            var phone = attempt.Channel == Channel.Phone;
            var answered = attempt.Outcome is Outcome.Reached or Outcome.Replied or Outcome.PromiseToPay or Outcome.Dispute;
            if (phone) { calls++; reached += answered ? 1 : 0; }
            else { emails++; replied += answered ? 1 : 0; }
            bounced += attempt.Outcome == Outcome.Bounced ? 1 : 0;
            wrong += attempt.Outcome == Outcome.WrongNumber ? 1 : 0;

            // A promise counts once its date has passed: kept if the invoice was settled by then.
            if (attempt.PromisedOn is not { } promisedOn || promisedOn >= now || attempt.InvoiceId is null) continue;
            var kept = _settledOn.GetValueOrDefault(attempt.InvoiceId) is { } settled && settled <= promisedOn ? 1 : 0;
            if (phone) { phonePromises++; phoneKept += kept; }
            else { emailPromises++; emailKept += kept; }
        }
        Set(row, EarlierCalls, calls);
        Set(row, EarlierEmails, emails);
        Set(row, PhoneReachRate, Rate(reached, calls));
        Set(row, EmailReplyRate, Rate(replied, emails));
        Set(row, PhonePromiseKeptRate, Rate(phoneKept, phonePromises));
        Set(row, EmailPromiseKeptRate, Rate(emailKept, emailPromises));
        Set(row, BouncedEmails, bounced);
        Set(row, WrongNumbers, wrong);
    }

    /// <summary>Window and horizon of the earlier episodes summarised as features (the recommender's defaults).</summary>
    internal const int EarlierWindowDays = 7, EarlierHorizonDays = 30;

    /// <summary>An earlier episode: its first outbound call or email about the invoice, and which channels its window used.</summary>
    private readonly record struct EarlierEpisode(DateOnly Start, bool Phone, bool Email);

    /// <summary>
    /// How this customer answered each channel before: of its earlier collection episodes whose outcome was known
    /// at the cutoff, the share paid within 30 days, by the channel mix of their first 7 days. The most direct
    /// trace of the customer's own response to each channel; NaN where a channel was never tried.
    /// </summary>
    private void AddEarlierEpisodes(Span<float> row, DateOnly now)
    {
        // Attempts come ordered by instant, not by date: first each invoice's start, then the channels in its window.
        _earlierEpisodes.Clear();
        foreach (var attempt in _attempts)
        {
            if (!IsAboutAnInvoice(attempt)) continue;
            if (!_earlierEpisodes.TryGetValue(attempt.InvoiceId!, out var episode) || attempt.OccurredOn < episode.Start)
                _earlierEpisodes[attempt.InvoiceId!] = new EarlierEpisode(attempt.OccurredOn, false, false);
        }
        foreach (var attempt in _attempts)
        {
            if (!IsAboutAnInvoice(attempt)) continue;
            var episode = _earlierEpisodes[attempt.InvoiceId!];
            if (attempt.OccurredOn >= episode.Start.AddDays(EarlierWindowDays)) continue;
            _earlierEpisodes[attempt.InvoiceId!] = episode with
            {
                Phone = episode.Phone || attempt.Channel == Channel.Phone,
                Email = episode.Email || attempt.Channel == Channel.Email,
            };
        }
        Span<int> paid = stackalloc int[ChannelChoices.Count];
        Span<int> known = stackalloc int[ChannelChoices.Count];
        foreach (var (invoiceId, episode) in _earlierEpisodes)
        {
            var horizonEnd = episode.Start.AddDays(EarlierHorizonDays);
            var settled = _settledOn.GetValueOrDefault(invoiceId);
            var paidInTime = settled is { } s && s <= horizonEnd;
            if (!paidInTime && horizonEnd >= now) continue;
            var t = ChannelChoices.IndexOf(episode.Phone ? episode.Email ? ChannelMix.Both : ChannelMix.Phone : ChannelMix.Email);
            known[t]++;
            paid[t] += paidInTime ? 1 : 0;
        }
        static double PaidRate(ChannelMix mix, ReadOnlySpan<int> paid, ReadOnlySpan<int> known) =>
            Rate(paid[ChannelChoices.IndexOf(mix)], known[ChannelChoices.IndexOf(mix)]);
        Set(row, PhoneEpisodesPaidRate, PaidRate(ChannelMix.Phone, paid, known));
        Set(row, EmailEpisodesPaidRate, PaidRate(ChannelMix.Email, paid, known));
        Set(row, BothEpisodesPaidRate, PaidRate(ChannelMix.Both, paid, known));
    }

    /// <summary>An outbound call or email about one invoice: what makes up an earlier episode.</summary>
    private static bool IsAboutAnInvoice(ContactAttempt attempt) =>
        attempt.IsOutbound && attempt.InvoiceId is not null && attempt.Channel is Channel.Phone or Channel.Email;

    /// <summary>Hours between the customer's and the team's UTC offsets on <paramref name="date"/>; NaN when unknown.</summary>
    private double TimeZoneHoursFromTeam(string? zoneId, DateOnly date)
    {
        if (zoneId is null) return double.NaN;
        if (!_zones.TryGetValue(zoneId, out var zone))
            _zones[zoneId] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : null;
        if (zone is null) return double.NaN;
        var noon = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return Math.Abs((zone.GetUtcOffset(noon) - _team.GetUtcOffset(noon)).TotalHours);
    }

    private static double Rate(int count, int total) => total > 0 ? count / (double)total : double.NaN;

    private static double Median(Span<double> values)
    {
        if (values.Length == 0) return double.NaN;
        values.Sort();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
