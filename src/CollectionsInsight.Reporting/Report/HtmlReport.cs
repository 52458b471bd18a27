using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Excel;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// The HTML report (report.html): one self-contained file — inline CSS and inline SVG charts, no scripts, nothing
/// fetched — with the headline findings in words, the tables, the charts, the worklist summary, the channel model
/// (card, policy values, propensity overlap, top recommendations) and the data quality; it prints on A4. Every piece of text from the data is HTML-escaped.
/// </summary>
internal static partial class HtmlReport
{
    private const int ListedRows = 20;

    /// <summary>Writes the report to <paramref name="path"/> completely or not at all, with the given charts (default: <see cref="ReportCharts.Build"/>).</summary>
    public static void Write(string path, ReportContent content, IReadOnlyList<ReportChart>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = Render(content, charts ?? ReportCharts.Build(content));
        AtomicOutput.WriteText(path, writer => writer.Write(html));
    }

    /// <summary>The report as an HTML document.</summary>
    public static string Render(ReportContent content, IReadOnlyList<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(charts);
        return InvariantCulture.Run(() => RenderInvariant(content, charts));
    }

    private static string RenderInvariant(ReportContent content, IReadOnlyList<ReportChart> charts)
    {
        var html = new Html();
        html.Raw($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Escape($"Collections insight as of {content.AsOf:yyyy-MM-dd}")}</title>
            <style>{Css}</style>
            </head>
            <body>
            <header>
            <h1>Collections insight</h1>
            <p class="meta">As of <strong>{content.AsOf:yyyy-MM-dd}</strong> · data: {Html.Escape(content.DataSource)} · personal data {(content.PiiMasked ? "masked" : "not masked")}</p>
            </header>

            """);
        Findings(html, content);
        html.Raw("<section>\n<h2>Charts</h2>\n");
        foreach (var chart in charts.Where(c => !ReportCharts.IsModelChart(c))) Figure(html, chart);
        html.Raw("</section>\n");
        ChannelMix(html, content);
        Dso(html, content);
        Aging(html, content);
        Promises(html, content);
        WorklistSection(html, content.Worklist);
        ModelSection(html, content, charts.Where(ReportCharts.IsModelChart));
        DataQuality(html, content);
        html.Raw("<section>\n<h2>Caveats</h2>\n<ul>\n");
        foreach (var caveat in content.Effectiveness.Caveats) html.Raw($"<li>{Html.Escape(caveat)}</li>\n");
        html.Raw("</ul>\n</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Findings(Html html, ReportContent content)
    {
        var e = content.Effectiveness;
        html.Raw("<section class=\"findings\">\n<h2>Headline findings</h2>\n<ul>\n");
        var mixes = content.EpisodeMixes.Where(m => m.Mix != Domain.ChannelMix.None).ToArray();
        html.Item(Comparison(mixes, e.Options.WindowDays));
        if (mixes.Any(m => m.PaidWithinHorizon is not null))
            html.Item($"Paid within {e.Options.HorizonDays} days of the first contact (invoices whose {e.Options.HorizonDays} days have passed): " +
                string.Join(", ", mixes.Where(m => m.PaidWithinHorizon is not null).Select(m => $"{m.Mix.ToWord()} {Percent(m.PaidWithinHorizon)}")) + ".");
        if (mixes.Length > 0)
            html.Item("Lifetime view caveat: counting every attempt over an invoice's life makes slow payers look as if \"both\" channels slowed them down. " +
            "Compare channels in the episode view; even there, collectors chose the channel, so the customers differ (see the caveats).");
        if (content.HeadlineDso is ({ } latest, var note))
            html.Item($"{latest.Month:MMMM yyyy} ({latest.Dso.PeriodDays}-day period, all invoices{note}): DSO {Number(latest.Dso.Days)} days, " +
                $"countback DSO {Number(latest.Countback.Days)}, best possible DSO {Number(latest.BestPossible.Days)}, " +
                $"average days delinquent {Number(latest.AverageDaysDelinquent.Days)}, " +
                (latest.Cei.Percent is { } cei ? $"CEI {Number(cei)}%." : $"CEI not known: {latest.Cei.UndefinedReason}."));
        if (content.AgingHeadline is var (open, over90, neverChased, disputed))
            html.Item($"AR open on {content.AsOf:yyyy-MM-dd}: {Money(open)}, of which {Money(over90)} ({Percent((double)(over90 / open))}) more than 90 days " +
                $"past due; {Money(neverChased)} of that was never chased (no call, email, text or letter), and {Money(disputed)} is in dispute (see the AR aging).");
        if (content.Effectiveness.AgedTrend() is var (from, to))
            html.Item($"Past-due AR at the end of {to.Month:MMMM yyyy}: {Percent(to.PastDueShare)} of AR ({Money(to.ArEnd - to.CurrentArEnd)}), " +
                $"against {Percent(from.PastDueShare)} at the end of {from.Month:MMMM yyyy}; more than 90 days past due: " +
                $"{Percent(to.Over90Share)} against {Percent(from.Over90Share)} (see the AR aging at each month's end).");
        if (content.JudgedPromises is { Count: > 0 } promises)
            html.Item($"Promises to pay kept in full (paid by the promised date + {PromiseKeeping.GraceDays} days): " +
                string.Join(", ", promises.Select(p => $"{p.Channel} {Percent(p.KeptShare)} of {p.Kept + p.PartlyKept + p.Broken:N0} promises")) +
                ". Collectors choose whom to ask on which channel, so this compares practice, not the channels' effect (see Promises to pay).");
        var q = content.Quality;
        html.Item(q.IsClean ? "Data quality: every row was kept." : $"Data quality: {q.Tally} (warnings: optional values treated as missing, outlying dates set aside, rows kept); the rest was analysed.");
        foreach (var sentence in ModelHeadline(content)) html.Item(sentence);
        html.Item(content.Worklist is { } w
            ? $"Worklist: {Plural.Count(w.Rows.Count, "customer")} to contact, {w.Rows.Count(r => r.AssignedOn is not null):N0} planned in the next {Plural.Count(w.PlanDays.Count, "working day")}."
            : "Worklist: not available.");
        html.Raw("</ul>\n</section>\n");
    }

    /// <summary>
    /// The headline comparison of the episode view's mixes, ranked by the median days from the first contact with open
    /// invoices censored: days from the issue date would credit a channel with how overdue its invoices already were, and a
    /// mean over paid invoices alone drops the slowest. Only mixes whose median has a 95% interval are ranked, and only when
    /// there are two of them; the confounding is named beside the ranking, which would otherwise read as the channels' effect.
    /// </summary>
    private static string Comparison(MixSummary[] mixes, int windowDays)
    {
        var view = $"Episode view (channel mix of the first {windowDays} days)";
        if (mixes.Length == 0)
            return "Episode view: no invoice was chased by phone or email in this history, so there are no channels to compare.";
        if (mixes.Length == 1)
            return $"{view}: only {mixes[0].Mix.ToWord()} was used, so channels cannot be compared" +
                (mixes[0].KmMedianDays is not { } median ? "."
                    : MedianWords.Interval(mixes[0]) is { } interval ? $"; from the first contact, its invoices were paid in a median of {median} ({interval}) days."
                    : $"; from the first contact, its invoices were paid in a median of {median} days ({MedianWords.NoInterval}).");
        if (mixes.All(m => m.KmMedianDays is null))
            return "Episode view: fewer than half of the invoices of every channel mix are known to be paid, so there is no median time to pay to compare.";
        var ranked = mixes.Where(m => m.KmMedianDays is not null && MedianWords.Interval(m) is not null)
            .OrderBy(m => m.KmMedianDays).ThenByDescending(m => m.PaidWithinHorizon).ToArray();
        var unranked = mixes.Except(ranked).Select(m => m.Mix.ToWord()).ToArray();
        if (ranked.Length < 2)
            return $"{view}: too few invoices to compare the channel mixes; median days from the first contact: " +
                string.Join("; ", mixes.Select(m => m.KmMedianDays is null ? $"{m.Mix.ToWord()}: {MedianWords.NoMedian}" : $"{m.Mix.ToWord()} {MedianDays(m)}")) + ".";
        var fastest = ranked[0];
        var others = string.Join("; ", ranked.Skip(1).Select(m => $"{m.Mix.ToWord()} {MedianDays(m)}"));
        var overlapping = ranked.Skip(1).Where(m => Overlap(fastest, m)).Select(m => m.Mix.ToWord()).ToArray();
        return $"{view}: from the first contact, invoices worked by {fastest.Mix.ToWord()} were paid fastest, in a median of {MedianDays(fastest)} days, " +
            $"against {others} (Kaplan–Meier: invoices still open count as not paid yet, not dropped)" +
            (unranked.Length > 0 ? $"; {string.Join(", ", unranked)}: too few invoices to compare" : "") + ". " +
            (overlapping.Length > 0 ? $"The 95% intervals of {fastest.Mix.ToWord()} and {string.Join(", ", overlapping)} overlap: that difference may be chance. " : "") +
            "This compares the invoices collectors chose each channel for, not the channels: collectors choose by customer and case, " +
            "so a difference may be whom they chased rather than how (see the caveats; the channel model adjusts for what the data records).";
    }

    private static void ChannelMix(Html html, ReportContent content)
    {
        var e = content.Effectiveness;
        html.Raw("<section>\n<h2>Days to pay by channel mix</h2>\n");
        foreach (var view in new[] { MixView.Episode, MixView.Lifetime })
        {
            html.Raw($"<h3>{(view == MixView.Episode ? "Episode view (compare channels here)" : "Lifetime view (describes effort, not effect)")}</h3>\n");
            html.Table(["Channel mix", "Invoices", "Paid", "Mean days to pay (95%)", "Median", "Mean days beyond terms", $"Paid within {e.Options.HorizonDays}\u00a0d", "KM median days from first contact (95%)"],
                e.Headline(view).Where(m => m.Invoices > 0).Select(m => new[]
                {
                    m.Mix.ToWord(), $"{m.Invoices:N0}", Percent(m.PaidShare), Days(m), Number(m.DaysToPay?.Median),
                    Number(m.DaysBeyondTerms?.Mean), Percent(m.PaidWithinHorizon), MedianDays(m),
                }));
            if (e.Headline(view).Any(m => m.Invoices > 0 && m.KmMedianDays is not null && MedianWords.Interval(m) is null))
                html.Raw($"<p class=\"note\">No interval: {MedianWords.NoInterval}.</p>\n");
        }
        html.Raw("</section>\n");
    }

    private static void Dso(Html html, ReportContent content)
    {
        var rows = content.Effectiveness.BookDso();
        html.Raw("<section>\n<h2>DSO, ADD and CEI</h2>\n");
        if (rows.Count == 0)
        {
            html.Raw("<p class=\"missing\">Not available: no complete month of sales.</p>\n</section>\n");
            return;
        }
        var month = rows.Max(d => d.Month);
        html.Raw($"<h3>{month:MMMM yyyy} by channel mix (lifetime view)</h3>\n");
        html.Table(["Channel mix", "Period sales", "AR end", "Current AR end", "DSO", "Countback DSO", "Best possible DSO", "ADD", "CEI %"],
            rows.Where(d => d.Month == month).Select(d => new[]
            {
                d.ChannelMix, Money(d.Dso.Sales), Money(d.ArEnd), Money(d.CurrentArEnd), Number(d.Dso.Days), Number(d.Countback.Days),
                Number(d.BestPossible.Days), Number(d.AverageDaysDelinquent.Days), Number(d.Cei.Percent),
            }));
        html.Raw("<h3>All invoices by month (latest 12)</h3>\n");
        html.Table(["Month", "Sales", "AR at period start", "AR end", "DSO", "Countback DSO", "ADD", "CEI %"],
            rows.Where(d => d.ChannelMix == ChannelEffectiveness.AllGroup).TakeLast(12).Select(d => new[]
            {
                d.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Money(d.Sales), Money(d.ArStart), Money(d.ArEnd), Number(d.Dso.Days),
                Number(d.Countback.Days), Number(d.AverageDaysDelinquent.Days), Number(d.Cei.Percent),
            }));
        html.Raw("</section>\n");
    }

    /// <summary>The whole book's AR aging, and how much of each bucket each lifetime channel mix holds (none: never chased).</summary>
    private static void Aging(Html html, ReportContent content)
    {
        var book = content.Effectiveness.Aging.Where(a => a.Group == ChannelEffectiveness.AllGroup).ToArray();
        html.Raw($"<section>\n<h2>AR aging on {content.AsOf:yyyy-MM-dd}</h2>\n");
        if (!book.Any(a => a.Invoices > 0))
        {
            html.Raw("<p class=\"missing\">Not available: no invoice is open on the as-of date.</p>\n</section>\n");
            return;
        }
        html.Raw("<p class=\"note\">Open amounts by days past due, and the part the customer disputed (a dispute recorded about the "
            + "invoice: it waits on the dispute's resolution, not on a reminder). The last four columns split them by the channels used on each "
            + "invoice over its life (lifetime view): never chased at all, by phone alone, email alone or both; invoices chased only "
            + "by text or letter make up the rest.</p>\n");
        string[] mixes = ["none", "phone", "email", "both"];
        html.Table(["Days past due", "Invoices", "Open amount", "Share", "In dispute", "Never chased", "Phone", "Email", "Both"],
            book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup).Select(bucket => (IReadOnlyList<string>)
            [
                bucket.Bucket, $"{bucket.Invoices:N0}", Money(bucket.Amount), Percent(bucket.Share), Money(bucket.DisputedAmount),
                .. mixes.Select(m => Money(book.Single(a => a.ChannelMix == m && a.Bucket == bucket.Bucket).Amount)),
            ]));
        html.Raw("<h3>At each month's end (latest 12)</h3>\n<p class=\"note\">The whole book's AR at each month's end by how many days "
            + "past due it was on that day: the aged AR trend (dso_monthly.csv's ar_end_ columns).</p>\n");
        html.Table(["Month", "AR end", .. AgingBucket.Buckets.Select(b => b.Name), "Past due", "Over 90 days"],
            content.Effectiveness.MonthEndsWithAr().TakeLast(12).Select(d => (IReadOnlyList<string>)
            [
                d.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Money(d.ArEnd), .. d.ArEndByAge.Select(Money),
                Percent(d.PastDueShare), Percent(d.Over90Share),
            ]));
        html.Raw("</section>\n");
    }

    /// <summary>The whole book's promises to pay by the channel they were made on, and how they were kept.</summary>
    private static void Promises(Html html, ReportContent content)
    {
        var book = content.Effectiveness.Promises.Where(p => p.Group == ChannelEffectiveness.AllGroup && p.Promises > 0).ToArray();
        html.Raw("<section>\n<h2>Promises to pay</h2>\n");
        if (book.Length == 0)
        {
            html.Raw("<p class=\"missing\">Not available: no contact attempt recorded a promise with a date about an invoice with money open.</p>\n</section>\n");
            return;
        }
        html.Raw($"<p class=\"note\">Promises with a date about one invoice, by the channel of the attempt that recorded them. A promise is kept "
            + $"when the invoice's payments from the day of the promise to {PromiseKeeping.GraceDays} days after its date cover the amount promised "
            + "(the open amount where none was given), partly kept when they cover some of it, broken when nothing came; it is pending until "
            + "that day has passed.</p>\n");
        html.Table(["Channel", "Promises", "Pending", "Kept", "Partly kept", "Broken", "Kept share", "Promised", "Collected"],
            book.Select(p => (IReadOnlyList<string>)
            [
                p.Channel, $"{p.Promises:N0}", $"{p.Pending:N0}", $"{p.Kept:N0}", $"{p.PartlyKept:N0}", $"{p.Broken:N0}", Percent(p.KeptShare),
                Money(p.PromisedAmount), Money(p.CollectedAmount),
            ]));
        html.Raw("</section>\n");
    }

    private static void WorklistSection(Html html, Worklist? worklist)
    {
        html.Raw("<section>\n<h2>Worklist</h2>\n");
        if (worklist is null)
        {
            html.Raw("<p class=\"missing\">Not available: the worklist was not built for this report.</p>\n</section>\n");
            return;
        }
        html.Raw($"<p>{Plural.Count(worklist.Rows.Count, "customer")}; {worklist.BeyondCapacity:N0} beyond the collectors' capacity, {worklist.DueAfterPlan:N0} due after the plan ({worklist.PlanDays[0]:yyyy-MM-dd} to {worklist.PlanDays[^1]:yyyy-MM-dd}).</p>\n");
        html.Table(["Next action", "Customers", "Open amount"],
            worklist.Rows.GroupBy(r => r.NextAction).OrderBy(g => g.Key).Select(g => new[] { g.Key.ToWord(), $"{g.Count():N0}", Money(g.Sum(r => r.OpenAmount)) }));
        html.Raw($"<h3>Top {Math.Min(ListedRows, worklist.Rows.Count)} by priority</h3>\n");
        html.Table(["Rank", "Customer", "Contact", "Phone", "Email", "Channel", "Next action", "Due by", "Overdue amount", "Promises kept"],
            worklist.Rows.Take(ListedRows).Select(r => new[]
            {
                $"{r.Rank}", $"{r.CustomerId} {r.CustomerName}", r.ContactName ?? "", r.Phone ?? "", r.Email ?? "",
                r.Channel.ToWord(), r.NextAction.ToWord(), r.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Money(r.OverdueAmount),
                r.PromisesJudged > 0 ? $"{r.PromisesKept:N0} of {r.PromisesJudged:N0}" : "–",
            }));
        html.Raw("</section>\n");
    }

    // The SVG carries role="img" and the chart's title as its accessible name.
    private static void Figure(Html html, ReportChart chart) => html.Raw($"<figure>\n{PlotImages.Svg(chart.Plot)}\n</figure>\n");

    /// <summary>The channel model in plain words: the recommended mix across customers and the held-out gain, with the caveat when it may be zero.</summary>
    private static IEnumerable<string> ModelHeadline(ReportContent content)
    {
        if (content.Model is not { } model)
        {
            yield return $"Channel model: not available ({content.ModelNote}).";
            yield break;
        }
        var recommendations = content.Recommendations;
        if (recommendations.Count > 0)
        {
            var mix = string.Join(", ", recommendations.GroupBy(r => r.Channel).OrderBy(g => g.Key)
                .Select(g => $"{g.Key.ToWord()} for {g.Count():N0} ({(double)g.Count() / recommendations.Count:0%})"));
            var low = recommendations.Count(r => r.LowConfidence);
            yield return $"Channel model: across the {Plural.Count(recommendations.Count, "customer")} with overdue invoices it recommends {mix}; " +
                $"{Plural.Count(low, "recommendation")} {(low == 1 ? "is" : "are")} low-confidence (the data rarely saw that channel for such customers).";
        }
        var card = model.Card;
        var gain = card.GainOverCurrentPractice;
        var where = content.ModelGiven
            ? $"On the {Plural.Count(card.HeldOutEpisodes, "newest episode")} of the data it was trained on (up to {card.AsOf:yyyy-MM-dd}; not necessarily this report's data), which it was not fitted on"
            : $"On the {Plural.Count(card.HeldOutEpisodes, "newest episode")} it was not trained on";
        yield return $"{where}, following the model is estimated to change the share paid within " +
            $"{card.HorizonDays} days by {Points(gain.Value)} percentage points over current practice (95% interval {Points(gain.Low)} to {Points(gain.High)}).";
        if (!card.GainConfirmed)
            yield return (gain.IntervalContains(0)
                    ? "That interval contains zero: the data do not show that the model beats current practice."
                    : "There the model did worse than current practice.")
                + " So the worklist leaves every channel to the contact rules. Treat the recommendations as a hypothesis to test, not a proven gain.";
    }

    private static void ModelSection(Html html, ReportContent content, IEnumerable<ReportChart> charts)
    {
        html.Raw("<section>\n<h2>Channel model</h2>\n");
        if (content.Model is not { } model)
        {
            html.Raw($"<p class=\"missing\">Not available: {Html.Escape(content.ModelNote)}.</p>\n</section>\n");
            return;
        }
        html.Raw($"<p>{Html.Escape(char.ToUpperInvariant(content.ModelNote[0]) + content.ModelNote[1..])}.</p>\n<ul>\n");
        foreach (var sentence in ModelHeadline(content)) html.Item(sentence);
        html.Raw("</ul>\n");
        foreach (var chart in charts) Figure(html, chart);
        html.Raw($"<h3>Model card</h3>\n<pre>{Html.Escape(model.Card.ToString())}</pre>\n");
        var top = content.Recommendations.OrderByDescending(r => r.ExpectedGain).ThenBy(r => r.CustomerId, StringComparer.Ordinal).Take(ListedRows).ToArray();
        html.Raw($"<h3>Top {Plural.Count(top.Length, "recommendation")} by expected gain</h3>\n");
        html.Table(["Customer", "Channel", "Runner-up", "P(paid) phone", "P(paid) email", "P(paid) both", "Current practice", "Expected gain (points)", "Confidence", "Reasons"],
            top.Select(r => new[]
            {
                r.CustomerId, r.Channel.ToWord(), r.RunnerUp?.ToWord() ?? "none", Percent(r.PPaid.Phone), Percent(r.PPaid.Email), Percent(r.PPaid.Both),
                Percent(r.CurrentPractice), Points(r.ExpectedGain), r.LowConfidence ? "low" : "high", string.Join("; ", r.Reasons),
            }));
        html.Raw("</section>\n");
    }

    /// <summary>A probability difference in signed percentage points, e.g. <c>+2.3</c>.</summary>
    private static string Points(double difference) => (difference * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static void DataQuality(Html html, ReportContent content)
    {
        var q = content.Quality;
        var f = q.Facts;
        html.Raw("<section>\n<h2>Data quality</h2>\n");
        html.Table(["File", "Rows read", "Kept", "Rejected"], q.Files.Select(x => new[] { x.File, $"{x.RowsRead:N0}", $"{x.RowsKept:N0}", $"{x.RowsRejected:N0}" }));
        if (q.IssueCounts.Count > 0)
            html.Table(["File", "Issue", "Count"], q.IssueCounts.OrderByDescending(c => c.Count).Select(c => new[] { c.File, c.Reason, $"{c.Count:N0}" }));
        html.Table(["Collection fact", "Value"],
        [
            ["Customers without phone / email / any contact", $"{f.CustomersWithoutPhone:N0} / {f.CustomersWithoutEmail:N0} / {f.CustomersWithoutAnyContact:N0} of {f.Customers:N0}"],
            ["Bounced emails (customers)", $"{f.BouncedEmails:N0} ({f.CustomersWithBouncedEmail:N0})"],
            ["Wrong numbers (customers)", $"{f.WrongNumbers:N0} ({f.CustomersWithWrongNumber:N0})"],
            ["Unapplied payments (amount)", $"{f.UnappliedPayments:N0} ({Money(f.UnappliedCash)})"],
            ["Overpaid invoices (excess)", $"{f.OverpaidInvoices:N0} ({Money(f.Overpayment)})"],
            ["Credit notes", $"{f.CreditNotes:N0}"],
        ]);
        if (q.Issues.Count > 0)
        {
            html.Raw($"<h3>First {Math.Min(ListedRows, q.Issues.Count)} of {Plural.Count(q.TotalIssues, "issue")}</h3>\n");
            html.Table(["File", "Line", "Column", "Value", "Reason"], q.Issues.Take(ListedRows).Select(content.PresentIssue)
                .Select(i => new[] { i.File, $"{i.Line}", i.Column, i.Value, i.Reason }));
        }
        html.Raw("</section>\n");
    }

    /// <summary>Whether the median's 95% intervals overlap; an interval the data do not bound overlaps everything.</summary>
    private static bool Overlap(MixSummary a, MixSummary b) =>
        (a.KmMedianLower ?? int.MinValue) <= (b.KmMedianUpper ?? int.MaxValue) && (b.KmMedianLower ?? int.MinValue) <= (a.KmMedianUpper ?? int.MaxValue);

    /// <summary>The Kaplan–Meier median days with its 95% interval, e.g. <c>13 (12–15)</c>; the median alone where the data do not bound the interval.</summary>
    private static string MedianDays(MixSummary m) => m.KmMedianDays is { } k
        ? MedianWords.Interval(m) is { } interval ? $"{k} ({interval})" : $"{k} (no interval)"
        : "–";

    private static string Days(MixSummary m) => m.DaysToPay is not { } d ? "–"
        : m.MeanDaysToPayInterval is { } i ? $"{Number(d.Mean)} ({Number(i.Lower)}–{Number(i.Upper)})" : Number(d.Mean);

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0%", CultureInfo.InvariantCulture) : "–";

    [GeneratedRegex(@"^[-+]?[0-9][0-9,]*(\.[0-9]+)?%?( \(.*\))?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 *-]*$")]
    private static partial Regex CodePattern();

    private static string Money(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>An HTML document under construction: raw markup from this class, escaped text from the data.</summary>
    private sealed class Html
    {
        private readonly StringBuilder _text = new();

        /// <summary>Text from the data as HTML: control characters dropped (they are parse errors in HTML), markup escaped.</summary>
        public static string Escape(string text) => WebUtility.HtmlEncode(CellText.Sanitise(text));

        public void Raw(string markup) => _text.Append(markup);

        public void Item(string text) => _text.Append("<li>").Append(Escape(text)).Append("</li>\n");

        public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            _text.Append("<table>\n<thead><tr>");
            foreach (var h in header) _text.Append("<th>").Append(Escape(h)).Append("</th>");
            _text.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                _text.Append("<tr>");
                foreach (var cell in row) _text.Append(IsNumber(cell) ? "<td class=\"n\">" : CodePattern().IsMatch(cell) ? "<td class=\"code\">" : "<td>").Append(WithBreakPoints(Escape(cell))).Append("</td>");
                _text.Append("</tr>\n");
            }
            _text.Append("</tbody>\n</table>\n");
        }

        public override string ToString() => _text.ToString();

        // A cell's long word may end a line after an email address's @ or a word's _ (call_and_<wbr>email), and nowhere
        // else: a narrow column no longer splits it at any letter.
        private static string WithBreakPoints(string html) => html.Replace("@", "@<wbr>", StringComparison.Ordinal).Replace("_", "_<wbr>", StringComparison.Ordinal);

        /// <summary>Numbers (signed or not, with an optional % and a bracketed interval) are right-aligned; dates and phone numbers (codes) only kept on one line.</summary>
        private static bool IsNumber(string cell) => cell == "–" || NumberPattern().IsMatch(cell);
    }

    private const string Css = """

        :root { color-scheme: light; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fff; max-width: 980px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta { color: #57606a; margin: 0; }
        .findings ul { padding-left: 20px; }
        .findings li { margin: 4px 0; }
        .note { color: #57606a; font-size: 13px; margin: -8px 0 14px; }
        .missing { color: #6e4a00; background: #fff8e1; border-left: 4px solid #d4a72c; padding: 6px 10px; }
        table { border-collapse: collapse; margin: 8px 0 14px; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f2f4f7; font-weight: 600; overflow-wrap: normal; }
        td.n { text-align: right; white-space: nowrap; }
        td.code { white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f8f9fb; }
        figure { margin: 12px 0; }
        pre { font-size: 12px; background: #f6f8fa; border: 1px solid #d0d7de; padding: 8px 10px; overflow-x: auto; white-space: pre-wrap; }
        svg { max-width: 100%; height: auto; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          table, figure { break-inside: avoid; }
          tbody tr:nth-child(even) { background: none; }
        }

        """;
}
