using System.Globalization;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Report;

namespace CollectionsInsight.Reporting.Tests.Report;

public class HtmlReportTests
{
    [Fact]
    public void Render_Sample_HasFindingsTablesAndEveryChartInline()
    {
        var charts = ReportCharts.Build(SampleReport.Content);

        var html = HtmlReport.Render(SampleReport.Content, charts);

        Assert.Contains("Headline findings", html);
        Assert.Contains("from the first contact, invoices worked by", html);
        Assert.Contains("were paid fastest, in a median of", html);
        Assert.Contains("invoices still open count as not paid yet", html);
        Assert.Contains("Lifetime view caveat", html);
        Assert.Contains("CEI", html);
        Assert.Contains("<th>AR at period start</th>", html); // of the DSO period, not of the month
        Assert.Equal(charts.Count, Regex.Count(html, "<svg "));
        Assert.Contains("@media print", html);
        Assert.Contains("size: A4", html);
    }

    [Fact]
    public void Render_Sample_AgingTableShowsEachBucketWithTheAmountNeverChased()
    {
        var content = SampleReport.Content;
        var book = content.Effectiveness.Aging.Where(a => a.Group == ChannelEffectiveness.AllGroup).ToArray();
        var overdue = book.Single(a => a.ChannelMix == ChannelEffectiveness.AllGroup && a.Bucket == "over 120");
        var neverChased = book.Single(a => a.ChannelMix == "none" && a.Bucket == "over 120");
        Assert.True(overdue.Amount > neverChased.Amount && neverChased.Amount > 0);

        var html = HtmlReport.Render(content, []);

        var section = html[html.IndexOf("<h2>AR aging on", StringComparison.Ordinal)..html.IndexOf("<h3>At each month's end", StringComparison.Ordinal)];
        Assert.Equal(6, Regex.Count(section, "<tr><td"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<tr><td>over 120</td><td class=\"n\">{overdue.Invoices:N0}</td><td class=\"n\">{overdue.Amount:#,##0}</td>"), section);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{neverChased.Amount:#,##0}</td>"), section);
        var open = book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup).Sum(a => a.Amount);
        var over90 = book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup && a.Bucket is "91-120" or "over 120").Sum(a => a.Amount);
        var over90NeverChased = book.Where(a => a.ChannelMix == "none" && a.Bucket is "91-120" or "over 120").Sum(a => a.Amount);
        var over90Disputed = book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup && a.Bucket is "91-120" or "over 120").Sum(a => a.DisputedAmount);
        Assert.True(over90Disputed > 0);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"<li>AR open on {content.AsOf:yyyy-MM-dd}: {open:#,##0}, of which {over90:#,##0} ({over90 / open:0%}) more than 90 days past due; {over90NeverChased:#,##0} of that was never chased "
            + $"(no call, email, text or letter), and {over90Disputed:#,##0} is in dispute"), html);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"<td class=\"n\">{overdue.Amount:#,##0}</td><td class=\"n\">{overdue.Share:0%}</td><td class=\"n\">{overdue.DisputedAmount:#,##0}</td>"), section);
    }

    [Fact]
    public void Render_Sample_AgedArOfTheLatestTwelveMonthEndsAndHowThePastDueShareMovedInTheHeadline()
    {
        var content = SampleReport.Content;
        var months = content.Effectiveness.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).ToArray();
        Assert.True(months.Length > 13);

        var html = HtmlReport.Render(content, []);

        var section = html[html.IndexOf("<h3>At each month's end", StringComparison.Ordinal)..html.IndexOf("<h2>Promises to pay</h2>", StringComparison.Ordinal)];
        Assert.Equal(12, Regex.Count(section, "<tr><td"));
        var (latest, yearBefore) = (months[^1], months[^13]);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"<tr><td class=\"code\">{latest.Month:yyyy-MM}</td><td class=\"n\">{latest.ArEnd:#,##0}</td><td class=\"n\">{latest.CurrentArEnd:#,##0}</td><td class=\"n\">{latest.ArEndByAge[1]:#,##0}</td>"), section);
        static double PastDue(DsoMonth d) => (double)((d.ArEnd - d.CurrentArEnd) / d.ArEnd);
        static double Over90(DsoMonth d) => (double)((d.ArEndByAge[4] + d.ArEndByAge[5]) / d.ArEnd);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"<li>Past-due AR at the end of {latest.Month:MMMM yyyy}: {PastDue(latest):0%} of AR ({latest.ArEnd - latest.CurrentArEnd:#,##0}), against "
            + $"{PastDue(yearBefore):0%} at the end of {yearBefore.Month:MMMM yyyy}; more than 90 days past due: {Over90(latest):0%} against {Over90(yearBefore):0%}"), html);
    }

    [Fact]
    public void Render_Sample_PromisesByChannelInTheirSectionAndTheHeadline()
    {
        var content = SampleReport.Content;
        var book = content.Effectiveness.Promises.Where(p => p.Group == ChannelEffectiveness.AllGroup && p.Promises > 0).ToArray();
        Assert.Equal(["all", "phone", "email"], book.Select(p => p.Channel));

        var html = HtmlReport.Render(content, []);

        var section = html[html.IndexOf("<h2>Promises to pay</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Worklist</h2>", StringComparison.Ordinal)];
        Assert.Equal(3, Regex.Count(section, "<tr><td"));
        foreach (var p in book)
            Assert.Contains(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{p.Channel}</td><td class=\"n\">{p.Promises:N0}</td><td class=\"n\">{p.Pending:N0}</td><td class=\"n\">{p.Kept:N0}</td>"), section);
        var phone = book[1];
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"<li>Promises to pay kept in full (paid by the promised date + 3 days): phone {phone.KeptShare:0%} of {phone.Kept + phone.PartlyKept + phone.Broken:N0} promises, email "), html);
        Assert.Contains("so this compares practice, not the channels", html);
    }

    [Fact]
    public void Render_NoPromises_SectionSaysWhyAndNoHeadline()
    {
        var content = SampleReport.Content;

        var html = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Promises = [] } }, []);

        Assert.Contains("<h2>Promises to pay</h2>\n<p class=\"missing\">Not available: no contact attempt recorded a promise", html);
        Assert.DoesNotContain("Promises to pay kept in full", html);
    }

    [Fact]
    public void Render_HeadlineRanksMixesByMedianFromFirstContactNotByMeanOfPaidInvoices()
    {
        // Phone's paid invoices were paid soonest on average, but most of its invoices are still open, so its median
        // from the first contact, with the open ones censored, is the longest: the headline must say email.
        var content = SampleReport.Content;
        var mixes = content.Effectiveness.Mixes.Select(m => m.View != MixView.Episode || m.Group != ChannelEffectiveness.AllGroup ? m : m.Mix switch
        {
            ChannelMix.Phone => m with { DaysToPay = m.DaysToPay! with { Mean = 5 }, KmMedianDays = 60, KmMedianLower = 55, KmMedianUpper = 70 },
            ChannelMix.Email => m with { DaysToPay = m.DaysToPay! with { Mean = 90 }, KmMedianDays = 12, KmMedianLower = 10, KmMedianUpper = 14 },
            ChannelMix.Both => m with { KmMedianDays = 30, KmMedianLower = 25, KmMedianUpper = 35 },
            _ => m,
        }).ToArray();

        var html = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Mixes = mixes } }, []);

        Assert.Contains("invoices worked by email were paid fastest, in a median of 12 (10–14) days, against both 30 (25–35); phone 60 (55–70)", html);
        Assert.DoesNotContain("may be chance", html);
    }

    [Fact]
    public void Render_Sample_ConfoundingNamedInTheSameFindingAsTheRanking()
    {
        var html = HtmlReport.Render(SampleReport.Content, []);

        var finding = Regex.Match(html, "<li>[^<]*were paid fastest[^<]*</li>").Value;
        Assert.Contains("This compares the invoices collectors chose each channel for, not the channels", finding);
    }

    [Fact]
    public void Render_OnlyPhoneUsed_NoRankingSaysChannelsCannotBeCompared()
    {
        var content = SampleReport.Content;
        var mixes = content.Effectiveness.Mixes.Where(m => m.View != MixView.Episode || m.Mix is ChannelMix.None or ChannelMix.Phone).ToArray();

        var html = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Mixes = mixes } }, []);

        Assert.Contains("Episode view (channel mix of the first 7 days): only phone was used, so channels cannot be compared; from the first contact, its invoices were paid in a median of", html);
        Assert.DoesNotContain("fastest", html);

        var unbounded = mixes.Select(m => m.View == MixView.Episode && m.Mix == ChannelMix.Phone ? m with { KmMedianUpper = null } : m).ToArray();
        var phone = unbounded.Single(m => m.View == MixView.Episode && m.Mix == ChannelMix.Phone);
        var withoutInterval = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Mixes = unbounded } }, []);
        Assert.Contains($"paid in a median of {phone.KmMedianDays} days (too few invoices to bound its 95% interval).", withoutInterval);
    }

    [Fact]
    public void Render_AMixWithoutInterval_NotRankedAndSaidToHaveTooFewInvoices()
    {
        var content = SampleReport.Content;
        EpisodeMixesWith(content, m => m.Mix == ChannelMix.Phone ? m with { KmMedianDays = 2, KmMedianLower = 1, KmMedianUpper = null } : m, out var oneUnbounded);
        EpisodeMixesWith(content, m => m.Mix switch
        {
            ChannelMix.Phone => m with { KmMedianUpper = null },
            ChannelMix.Email => m with { KmMedianDays = null, KmMedianLower = null, KmMedianUpper = null },
            _ => m,
        }, out var oneBounded);

        var ranked = HtmlReport.Render(oneUnbounded, []);
        var notRanked = HtmlReport.Render(oneBounded, []);

        Assert.DoesNotContain("invoices worked by phone were paid fastest", ranked);
        Assert.Contains("were paid fastest", ranked);
        Assert.Contains("; phone: too few invoices to compare.", ranked);
        Assert.Contains("2 (no interval)", ranked);
        Assert.Contains("No interval: too few invoices to bound its 95% interval.", ranked);
        Assert.DoesNotContain("fastest", notRanked);
        Assert.Contains("too few invoices to compare the channel mixes; median days from the first contact:", notRanked);
        Assert.Contains("email: fewer than half of its invoices are known to be paid", notRanked);
        Assert.DoesNotContain("?", Regex.Match(notRanked, "<section class=\"findings\">.*?</section>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public void Render_CeiUndefined_HeadlineSaysWhyInsteadOfADashPercent()
    {
        var content = SampleReport.Content;
        var (latest, _) = content.HeadlineDso!.Value;
        var history = CollectionHistory.FromRecords([new Customer("C1")], [new Invoice("I1", "C1", latest.Month, latest.Month.AddDays(30), 100m)], [], []);
        var undefined = ChannelEffectiveness.Compute(history, latest.Month.AddMonths(1).AddDays(-1));

        var html = HtmlReport.Render(content with { Effectiveness = undefined }, []);

        Assert.Contains("CEI not known: the history starts inside the period, so the AR at its start is not known.", html);
        Assert.DoesNotContain("–%", html);
    }

    private static void EpisodeMixesWith(ReportContent content, Func<MixSummary, MixSummary> change, out ReportContent changed)
    {
        var mixes = content.Effectiveness.Mixes.Select(m => m.View == MixView.Episode && m.Group == ChannelEffectiveness.AllGroup ? change(m) : m).ToArray();
        changed = content with { Effectiveness = content.Effectiveness with { Mixes = mixes } };
    }

    [Fact]
    public void Render_Sample_SignedNumbersRightAlignedAndDaysUnitKeptWithItsNumber()
    {
        var html = HtmlReport.Render(SampleReport.Content, []);

        Assert.Matches("<td class=\"n\">[+-][0-9]+\\.[0-9]</td><td>(low|high)</td>", html); // expected gain (points)
        Assert.Contains("<th>Paid within 30&#160;d</th>", html);
    }

    [Fact]
    public void Render_NoInvoiceChased_HeadlineSaysSoRatherThanThatFewArePaid()
    {
        var content = SampleReport.Content;
        var mixes = content.Effectiveness.Mixes.Where(m => m.View != MixView.Episode || m.Mix == ChannelMix.None).ToArray();

        var html = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Mixes = mixes } }, []);

        Assert.Contains("Episode view: no invoice was chased by phone or email in this history, so there are no channels to compare.", html);
        Assert.DoesNotContain("fewer than half", html);
        Assert.DoesNotContain("Lifetime view caveat", html);
    }

    [Fact]
    public void Render_MonthsOfPaymentsOnlyAtTheEnd_HeadlineDsoIsOfTheLastMonthWithSales()
    {
        // An export cut after its last billing: a month of payments only would give a DSO near 0.
        var content = SampleReport.Content;
        var last = content.Effectiveness.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).MaxBy(d => d.Month)!;
        var dso = content.Effectiveness.Dso.Append(last with { Month = last.Month.AddMonths(1), Sales = 0 }).ToArray();

        var html = HtmlReport.Render(content with { Effectiveness = content.Effectiveness with { Dso = dso } }, []);

        Assert.Contains($"{last.Month:MMMM yyyy} ({last.Dso.PeriodDays}-day period, all invoices; the last month with sales; the months after it have payments only): DSO", html);
    }

    [Fact]
    public void Render_EveryInvoicePaid_HeadlineDsoSaysItsArMayLackTheOpenInvoices()
    {
        // A paid-items export: both invoices settled by the as-of date, so nothing open is left in the latest AR.
        Invoice[] invoices = [new("I1", "C1", new DateOnly(2025, 1, 10), new DateOnly(2025, 2, 9), 100m), new("I2", "C1", new DateOnly(2025, 3, 5), new DateOnly(2025, 4, 4), 50m)];
        Payment[] payments = [new("P1", "C1", "I1", new DateOnly(2025, 2, 1), 100m), new("P2", "C1", "I2", new DateOnly(2025, 3, 20), 50m)];
        var paid = ChannelEffectiveness.Compute(CollectionHistory.FromRecords([new Customer("C1")], invoices, payments, []), new DateOnly(2025, 3, 31));
        var open = ChannelEffectiveness.Compute(CollectionHistory.FromRecords([new Customer("C1")], invoices, payments[..1], []), new DateOnly(2025, 3, 31));

        var html = HtmlReport.Render(SampleReport.Content with { Effectiveness = paid }, []);
        var withOpen = HtmlReport.Render(SampleReport.Content with { Effectiveness = open }, []);

        Assert.True(paid.NoneOpen);
        Assert.Contains("March 2025 (90-day period, all invoices; every invoice in the data is paid, so if the export left out open ones, this AR is too low): DSO 0.0 days", html);
        Assert.Contains("March 2025 (90-day period, all invoices): DSO 30.0 days", withOpen);
    }

    [Fact]
    public void Render_Sample_ModelSectionHasHeadlineCardChartsAndTopRecommendations()
    {
        var content = SampleReport.Content;

        var html = HtmlReport.Render(content, ReportCharts.Build(content));

        var section = html[html.IndexOf("<h2>Channel model</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Data quality</h2>", StringComparison.Ordinal)];
        Assert.Contains("it recommends", section);
        Assert.Contains("percentage points over current practice (95% interval", section);
        Assert.Equal(content.Model!.Card.GainOverCurrentPractice.IntervalContains(0), section.Contains("That interval contains zero", StringComparison.Ordinal));
        Assert.Equal(!content.Model.Card.GainConfirmed, section.Contains("the worklist leaves every channel to the contact rules", StringComparison.Ordinal));
        Assert.Contains("newest episodes it was not trained on", section);
        Assert.Contains("<title>Held-out value of each policy", section);
        Assert.Contains("<title>Propensity overlap", section);
        Assert.Contains("Why this learner:", section);
        Assert.Contains("Top 20 recommendations by expected gain", section);
    }

    [Fact]
    public void Render_GivenModel_AttributesTheHeldOutGainToItsOwnTrainingData()
    {
        var content = SampleReport.Content with { ModelGiven = true };

        var html = HtmlReport.Render(content, []);

        Assert.Contains($"of the data it was trained on (up to {content.Model!.Card.AsOf:yyyy-MM-dd}; not necessarily this report", html);
    }

    [Fact]
    public void Render_WithoutModel_SaysWhy()
    {
        var content = SampleReport.Content with { Model = null, Recommendations = [], ModelNote = "none could be trained on this data: too few episodes" };

        var html = HtmlReport.Render(content, ReportCharts.Build(content));

        Assert.Contains("Not available: none could be trained on this data: too few episodes.", html);
        Assert.DoesNotContain("<title>Propensity overlap", html);
    }

    [Fact]
    public void Render_Sample_FetchesNothingAndRunsNoScript()
    {
        var html = HtmlReport.Render(SampleReport.Content, ReportCharts.Build(SampleReport.Content));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\((?!#)", html); // only references within the page, like the charts' clip paths
        // The only URLs are the SVG and XLink namespace names, which are never fetched.
        Assert.All(Regex.Matches(html, "https?://[^\"]*"), url => Assert.Contains(url.Value, new[] { "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink" }));
    }

    [Fact]
    public void Render_HostileDataSource_IsEscaped()
    {
        var content = SampleReport.Content with { DataSource = "<script>alert(1)</script>" };

        var html = HtmlReport.Render(content, []);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Render_ControlCharactersInTheData_Dropped()
    {
        var content = SampleReport.Content with { DataSource = "exports\u0007/2025\u001b[31m" };

        var html = HtmlReport.Render(content, []);

        Assert.Contains("data: exports/2025[31m", html);
        Assert.DoesNotMatch("[\u0000-\u0008\u000b\u000c\u000e-\u001f]", html);
    }

    [Fact]
    public void Render_Sample_TopWorklistRowsGiveEachCustomersPromisesKeptOfJudged()
    {
        var worklist = SampleReport.Content.Worklist!;
        var html = HtmlReport.Render(SampleReport.Content, []);

        var section = html[html.IndexOf("<h2>Worklist</h2>", StringComparison.Ordinal)..];
        var rows = Regex.Matches(section[section.IndexOf("by priority</h3>", StringComparison.Ordinal)..section.IndexOf("</table>", section.IndexOf("by priority</h3>", StringComparison.Ordinal), StringComparison.Ordinal)],
            "<tr><td.*?</tr>").Select(m => m.Value).ToArray();
        Assert.Contains("<th>Promises kept</th>", section);
        Assert.Contains(worklist.Rows.Take(rows.Length), r => r.PromisesJudged > 0);
        foreach (var (row, r) in rows.Zip(worklist.Rows))
            Assert.EndsWith(r.PromisesJudged > 0 ? $">{r.PromisesKept} of {r.PromisesJudged}</td></tr>" : ">–</td></tr>", row);
    }

    [Fact]
    public void Render_WithoutWorklist_SaysNotAvailable()
    {
        var html = HtmlReport.Render(SampleReport.Content with { Worklist = null }, []);

        Assert.Contains("Worklist: not available.", html);
    }

    [Fact]
    public void Render_Sample_Deterministic()
    {
        var content = SampleReport.Content;

        Assert.Equal(HtmlReport.Render(content, ReportCharts.Build(content)), HtmlReport.Render(content, ReportCharts.Build(content)));
    }

    [Fact]
    public void Render_OneCustomerAndOneRecommendation_CountedInTheSingular()
    {
        var content = SampleReport.Content;
        var one = content with { Recommendations = [content.Recommendations.First(r => r.LowConfidence)] };

        var html = HtmlReport.Render(one, []);

        Assert.Contains("across the 1 customer with overdue invoices", html);
        Assert.Contains("; 1 recommendation is low-confidence", html);
        Assert.Contains("Top 1 recommendation by expected gain", html);
        Assert.DoesNotMatch(@"\b1 (customers|recommendations)\b", html);
    }
}
