using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Excel;
using CollectionsInsight.Worklists;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// The Excel workbook of a report (collections-insight.xlsx): Summary, Channel mix, Days to pay (with a bar
/// chart), DSO monthly (the audit trail), DSO by mix (month × mix, with a line chart), AR aging, Overdue by mix and Aged AR
/// by month (each with a stacked column chart), Promises, Survival, Customers (the
/// model's recommendation per customer), Worklist, Model card and Data quality. The table sheets show the same columns as the CSV files, so a figure can be
/// traced from the workbook to the CSV and back.
/// </summary>
internal static class ExcelReport
{
    /// <summary>What a cell says where a figure does not exist, such as a DSO with no sales or a model that was not trained.</summary>
    public const string NotAvailable = "not available";

    /// <summary>Writes the workbook to <paramref name="path"/> completely or not at all.</summary>
    public static void Write(string path, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        WorkbookWriter.Write(path, InvariantCulture.Run(() => Sheets(content)));
    }

    internal static IReadOnlyList<ExcelSheet> Sheets(ReportContent content) =>
    [
        Summary(content),
        Table("Channel mix", EffectivenessFiles.SummaryColumns, content.Effectiveness.Mixes.Select(EffectivenessFiles.SummaryRow)),
        DaysToPay(content),
        DsoMonthly(content),
        DsoByMix(content),
        Table("AR aging", EffectivenessFiles.AgingColumns, content.Effectiveness.Aging.Select(EffectivenessFiles.AgingRow)),
        OverdueByMix(content),
        AgedByMonth(content),
        Table("Promises", EffectivenessFiles.PromiseColumns, content.Effectiveness.Promises.Select(EffectivenessFiles.PromiseRow)),
        Table("Survival", EffectivenessFiles.SurvivalColumns, content.Effectiveness.Survival.SelectMany(EffectivenessFiles.SurvivalRows)),
        content.Model is null ? Missing("Customers", $"No channel recommendations: {content.ModelNote}.") : Customers(content),
        content.Worklist is { } worklist
            ? Table("Worklist", Worklist.Columns, worklist.Rows.Select(Worklist.CsvRow))
            : Missing("Worklist", "The worklist was not built for this report."),
        content.Model is { } model ? ModelCardSheet(model.Card, content.ModelNote) : Missing("Model card", $"No channel model: {content.ModelNote}."),
        Table("Data quality", DataQualityFile.Columns, DataQualityFile.Rows(content.Quality, content.PresentIssue)),
    ];

    private static ExcelSheet Summary(ReportContent content)
    {
        var e = content.Effectiveness;
        var lines = new List<ExcelSummaryLine>
        {
            ExcelSummaryLine.Heading("Report"),
            new("As of", content.AsOf, ExcelColumnKind.Date),
            new("Data source", content.DataSource),
            new("Personal data", content.PiiMasked ? "masked (contact names, phone numbers, emails)" : "not masked"),
            content.Model is { } model
                ? new("Channel model", $"{model.Card.Learner.ToWord()}-learner ({model.Card.Engine})", Note: $"{content.ModelNote}; see the Model card sheet")
                : new("Channel model", NotAvailable, Note: content.ModelNote),
            ExcelSummaryLine.Heading($"Days to pay by channel mix (episode view: mix of the first {e.Options.WindowDays} days; from the first contact, open invoices censored)"),
        };
        // As the HTML headline: from the first contact, with the open invoices; the mean from the issue date is in the note.
        foreach (var m in content.EpisodeMixes.Where(m => m.Mix != ChannelMix.None))
        {
            var label = $"{m.Mix.ToWord()}: {MedianLabel}";
            lines.Add(m.KmMedianDays is { } median
                ? new(label, median, ExcelColumnKind.Integer, Note: MixNote(m, e.Options.HorizonDays))
                : new(label, NotAvailable, Note: $"{MedianWords.NoMedian}; " + MixNote(m, e.Options.HorizonDays)));
        }
        if (content.HeadlineDso is ({ } latest, var note))
        {
            lines.Add(ExcelSummaryLine.Heading($"DSO family, {latest.Month:yyyy-MM} (all invoices, {latest.Dso.PeriodDays}-day period{note})"));
            lines.Add(new("DSO", latest.Dso.Days, ExcelColumnKind.Days, Note: OneLine(latest.Dso.Explain())));
            lines.Add(new("Countback DSO", latest.Countback.Days, ExcelColumnKind.Days, Note: OneLine(latest.Countback.Explain())));
            lines.Add(new("Best possible DSO", latest.BestPossible.Days, ExcelColumnKind.Days, Note: OneLine(latest.BestPossible.Explain())));
            lines.Add(new("Average days delinquent", latest.AverageDaysDelinquent.Days, ExcelColumnKind.Days, Note: OneLine(latest.AverageDaysDelinquent.Explain())));
            lines.Add(new("CEI", latest.Cei.Percent / 100, ExcelColumnKind.Percent, Note: OneLine(latest.Cei.Explain())));
        }
        if (content.AgingHeadline is var (open, over90, neverChased, disputed))
        {
            lines.Add(ExcelSummaryLine.Heading($"AR aging on {content.AsOf:yyyy-MM-dd} (see the AR aging sheet)"));
            lines.Add(new("AR open", open, ExcelColumnKind.Money));
            lines.Add(new("More than 90 days past due", over90, ExcelColumnKind.Money, Note: $"{over90 / open:0%} of the AR open"));
            lines.Add(new("… of which never chased", neverChased, ExcelColumnKind.Money, Note: "no call, email, text or letter about it"));
            lines.Add(new("… of which in dispute", disputed, ExcelColumnKind.Money, Note: "a dispute recorded about the invoice: it waits on the dispute's resolution"));
        }
        if (content.Effectiveness.AgedTrend() is var (from, to))
        {
            lines.Add(ExcelSummaryLine.Heading("AR aging at month ends (see the Aged AR by month sheet)"));
            lines.Add(new($"Past due at the end of {to.Month:yyyy-MM}", to.PastDueShare, ExcelColumnKind.Percent,
                Note: $"of the AR then; {from.PastDueShare:0%} at the end of {from.Month:yyyy-MM}"));
            lines.Add(new($"More than 90 days past due at the end of {to.Month:yyyy-MM}", to.Over90Share, ExcelColumnKind.Percent,
                Note: $"of the AR then; {from.Over90Share:0%} at the end of {from.Month:yyyy-MM}"));
        }
        if (content.JudgedPromises is { Count: > 0 } promises)
        {
            lines.Add(ExcelSummaryLine.Heading($"Promises to pay kept in full, paid by the promised date + {PromiseKeeping.GraceDays} days (see the Promises sheet)"));
            lines.AddRange(promises.Select(p => new ExcelSummaryLine($"{p.Channel}: promises kept", p.KeptShare, ExcelColumnKind.Percent, Note: ReportContent.PromiseCounts(p))));
        }
        lines.Add(ExcelSummaryLine.Heading("Data quality"));
        lines.Add(new("Rows rejected", content.Quality.RowsRejected, ExcelColumnKind.Integer));
        lines.Add(new("Issues", content.Quality.TotalIssues, ExcelColumnKind.Integer, Note: "see the Data quality sheet"));
        lines.Add(new("Warnings", content.Quality.Warnings, ExcelColumnKind.Integer, Note: "issues that kept their row: optional values treated as missing, outlying dates"));
        lines.Add(ExcelSummaryLine.Heading("Worklist"));
        lines.Add(content.Worklist is { } w
            ? new("Customers on the worklist", w.Rows.Count, ExcelColumnKind.Integer, Note: $"{w.Rows.Count(r => r.AssignedOn is not null):N0} assigned in the plan"
                + (content.Model is { Card.GainConfirmed: false } ? "; the contact rules chose every channel, as the model's gain over current practice is not confirmed" : ""))
            : new("Worklist", NotAvailable));
        lines.Add(ExcelSummaryLine.Heading("Caveats"));
        lines.AddRange(e.Caveats.Select(c => new ExcelSummaryLine(c)));
        return ExcelSheet.Summary("Summary", lines, title: $"Collections insight as of {content.AsOf:yyyy-MM-dd}");
    }

    /// <summary>
    /// The Summary's label of a mix's Kaplan–Meier median, which is not the Channel mix sheet's "Median days to pay"
    /// (issue to settlement, paid invoices only).
    /// </summary>
    internal const string MedianLabel = "median days from first contact (Kaplan–Meier)";

    /// <summary>An explanation on one line: its lines joined by "; ", or by a space after a line that ends in a colon.</summary>
    internal static string OneLine(string explanation)
    {
        var lines = explanation.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? "" : lines.Skip(1).Aggregate(lines[0], (text, line) => text + (text.EndsWith(':') ? " " : "; ") + line);
    }

    /// <summary>The median's interval, paid share and mean days to pay in words; a figure that is not known is left out, or said to be.</summary>
    private static string MixNote(MixSummary m, int horizonDays)
    {
        var clauses = new List<string>
        {
            MedianWords.Interval(m) is { } interval ? $"Kaplan–Meier from the first contact, 95% interval {interval}" : $"Kaplan–Meier from the first contact; {MedianWords.NoInterval}",
        };
        if (m.PaidWithinHorizon is { } paid)
            clauses.Add(string.Create(CultureInfo.InvariantCulture, $"paid within {horizonDays} days of it: {paid:0%}"));
        clauses.Add(m.DaysToPay is { } days
            ? string.Create(CultureInfo.InvariantCulture, $"mean days from issue of the {m.PaidInvoices:N0} paid of {Plural.Count(m.Invoices, "invoice")}: {days.Mean:0.0}")
            : $"none of its {Plural.Count(m.Invoices, "invoice")} paid yet");
        return string.Join("; ", clauses);
    }

    private static ExcelSheet DaysToPay(ReportContent content)
    {
        ExcelColumn[] columns =
        [
            new("Channel mix"), new("Invoices", ExcelColumnKind.Integer), new("Mean days to pay", ExcelColumnKind.Days),
            new("Lower 95%", ExcelColumnKind.Days), new("Upper 95%", ExcelColumnKind.Days), new("Median days to pay", ExcelColumnKind.Days),
        ];
        var rows = content.EpisodeMixes.Select(m => (IReadOnlyList<object?>)
            [m.Mix.ToWord(), m.Invoices, m.DaysToPay?.Mean, m.MeanDaysToPayInterval?.Lower, m.MeanDaysToPayInterval?.Upper, m.DaysToPay?.Median]);
        return ExcelSheet.Table("Days to pay", columns, rows)
            .WithCharts(new ExcelChart(ExcelChartKind.Column, "Days to pay by channel mix (episode view)", CategoryColumn: 0, ValueColumns: [2, 5])
            {
                CategoryAxisTitle = "Channel mix",
                ValueAxisTitle = "Days",
            });
    }

    /// <summary>dso_monthly.csv's rows, with the month as a date and the CEI on the workbook's one scale: a share shown as a percentage.</summary>
    private static ExcelSheet DsoMonthly(ReportContent content)
    {
        var columns = EffectivenessFiles.DsoColumns;
        var month = Index(columns, "month");
        int[] ceis = [Index(columns, "cei"), Index(columns, "cei_without_n")];
        return Table("DSO monthly", columns, content.Effectiveness.Dso.Select(d =>
        {
            var row = EffectivenessFiles.DsoRow(d).ToArray();
            row[month] = d.Month;
            foreach (var cei in ceis) row[cei] = row[cei] is double percent ? percent / 100 : null;
            return (IReadOnlyList<object?>)row;
        }));
    }

    private static int Index(IReadOnlyList<string> columns, string name) => columns.ToList().IndexOf(name);

    private static ExcelSheet DsoByMix(ReportContent content)
    {
        var pivot = DsoPivot.Of(content.Effectiveness);
        ExcelColumn[] columns = [new("Month", ExcelColumnKind.Date) { NumberFormat = "yyyy-mm" }, .. pivot.Mixes.Select(m => new ExcelColumn(m, ExcelColumnKind.Days))];
        var rows = pivot.Months.Select((month, i) => (IReadOnlyList<object?>)[month, .. pivot.Values[i].Cast<object?>()]);
        var sheet = ExcelSheet.Table("DSO by mix", columns, rows);
        // A book without credit sales (credit notes only) has no DSO to chart; the empty table says so.
        return pivot.Mixes.Count == 0 ? sheet : sheet
            .WithCharts(new ExcelChart(ExcelChartKind.Line, "DSO by month and channel mix (lifetime view)", CategoryColumn: 0,
                ValueColumns: Enumerable.Range(1, pivot.Mixes.Count).ToArray())
            {
                SeriesColours = pivot.Mixes.Select(m => Hex(ReportPlots.MixColor(m))).ToArray(),
                CategoryAxisTitle = "Month",
                ValueAxisTitle = "DSO (days)",
            });
    }

    /// <summary>
    /// The whole book's overdue AR by days past due (rows) and lifetime channel mix (columns, never chased first), with a
    /// stacked column chart in the colours of the report's charts.
    /// </summary>
    private static ExcelSheet OverdueByMix(ReportContent content)
    {
        var buckets = AgingBucket.Buckets.Where(b => b.FromDaysPastDue > 0).Select(b => b.Name).ToArray();
        var mixes = Enum.GetValues<ChannelMix>().Select(m => m.ToWord()).ToArray();
        var book = content.Effectiveness.Aging.Where(a => a.Group == ChannelEffectiveness.AllGroup).ToArray();
        ExcelColumn[] columns = [new("Days past due"), .. mixes.Select(m => new ExcelColumn(ReportPlots.AgingLabel(m), ExcelColumnKind.Money))];
        var rows = buckets.Select(bucket => (IReadOnlyList<object?>)
            [bucket, .. mixes.Select(m => (object?)(book.SingleOrDefault(a => a.ChannelMix == m && a.Bucket == bucket)?.Amount ?? 0m))]);
        return ExcelSheet.Table("Overdue by mix", columns, rows)
            .WithCharts(new ExcelChart(ExcelChartKind.StackedColumn, $"Overdue AR on {content.AsOf:yyyy-MM-dd} by channel mix (lifetime view)",
                CategoryColumn: 0, ValueColumns: Enumerable.Range(1, mixes.Length).ToArray())
            {
                CategoryAxisTitle = "Days past due",
                ValueAxisTitle = "Open amount",
                SeriesColours = mixes.Select(m => Hex(ReportPlots.MixColor(m))).ToArray(),
            });
    }

    /// <summary>
    /// The whole book's AR at each month's end by days past due on that day (rows: months), with a stacked column chart
    /// of the part past due in the colours of the report's chart of it.
    /// </summary>
    private static ExcelSheet AgedByMonth(ReportContent content)
    {
        var months = content.Effectiveness.BookDsoTotals();
        var buckets = AgingBucket.Buckets.Count;
        ExcelColumn[] columns =
        [
            new("Month", ExcelColumnKind.Date) { NumberFormat = "yyyy-mm" }, new("AR end", ExcelColumnKind.Money),
            .. AgingBucket.Buckets.Select(b => new ExcelColumn(b.FromDaysPastDue > 0 ? $"{b.Name} days" : "not yet due", ExcelColumnKind.Money)),
        ];
        var rows = months.Select(d => (IReadOnlyList<object?>)[d.Month, d.ArEnd, .. d.ArEndByAge.Cast<object?>()]);
        var sheet = ExcelSheet.Table("Aged AR by month", columns, rows);
        return months.Count == 0 ? sheet : sheet
            .WithCharts(new ExcelChart(ExcelChartKind.StackedColumn, "Past-due AR at month ends by days past due (whole book)",
                CategoryColumn: 0, ValueColumns: Enumerable.Range(3, buckets - 1).ToArray())
            {
                CategoryAxisTitle = "Month",
                ValueAxisTitle = "Open amount",
                SeriesColours = Enumerable.Range(1, buckets - 1).Select(b => Hex(ReportPlots.AgeColor(b))).ToArray(),
            });
    }

    // A colour of the report's charts as Excel's RRGGBB.
    private static string Hex(ScottPlot.Color colour) => colour.ToStringRGB().TrimStart('#');

    /// <summary>The model's recommendation per customer (recommendations.csv's columns) beside the customer's open and overdue amounts.</summary>
    private static ExcelSheet Customers(ReportContent content)
    {
        var rows = content.Worklist?.Rows.ToDictionary(r => r.CustomerId, StringComparer.Ordinal) ?? [];
        string[] amounts = ["open_amount", "overdue_amount"];
        return Table("Customers", [RecommendationsFile.Columns[0], "customer_name", .. amounts, .. RecommendationsFile.Columns.Skip(1)],
            content.Recommendations.Select(r =>
            {
                var row = rows.GetValueOrDefault(r.CustomerId);
                var cells = RecommendationsFile.Row(r);
                return (IReadOnlyList<object?>)[cells[0], row?.CustomerName, row?.OpenAmount, row?.OverdueAmount, .. cells.Skip(1)];
            }));
    }

    private static ExcelSheet ModelCardSheet(ModelCard card, string note)
    {
        var lines = new List<ExcelSummaryLine>
        {
            ExcelSummaryLine.Heading("Model"),
            new("Learner", $"{card.Learner.ToWord()}-learner ({card.Engine})", Note: "why: " + card.WhyChosen),
            new("Source", note),
            new("As of", card.AsOf, ExcelColumnKind.Date),
            new("Outcome", $"paid within {card.HorizonDays} days of the episode start", Note: $"treatment: channel mix in the first {card.WindowDays} days"),
            new("Training episodes", card.TrainingEpisodes, ExcelColumnKind.Integer, Note: "the final model is fitted on all of them"),
            new("Held-out episodes", card.HeldOutEpisodes, ExcelColumnKind.Integer, Note: $"the newest, started on or after {card.HeldOutFrom:yyyy-MM-dd}: the figures below"),
            new("Best average channel", card.BestAverageChannel.ToWord(), Note: "the naive policy: the channel with the best raw average outcome"),
            ExcelSummaryLine.Heading($"Held-out policy values (probability of payment within {card.HorizonDays} days, doubly robust)"),
        };
        lines.AddRange(card.Policies.Select(p => new ExcelSummaryLine(p.Policy, p.Value, ExcelColumnKind.Percent, Note: Interval(p))));
        var gain = card.GainOverCurrentPractice;
        lines.Add(new("Gain over current practice", gain.Value, ExcelColumnKind.Percent,
            Note: Interval(gain) + (gain.IntervalContains(0) ? "; the interval contains zero: no gain is shown" : "")));
        lines.Add(ExcelSummaryLine.Heading("Overlap (propensity of each channel on the held-out episodes)"));
        lines.AddRange(card.Overlap.Select(o => new ExcelSummaryLine($"{o.Channel.ToWord()}: median propensity", o.Median, ExcelColumnKind.Percent,
            Note: string.Create(CultureInfo.InvariantCulture, $"min {o.Min:0.000}, 5% {o.P05:0.000}, 95% {o.P95:0.000}, max {o.Max:0.000}"))));
        lines.Add(new("Share of propensities below 0.05", card.ShareBelowFivePercent, ExcelColumnKind.Percent, Note: "poor overlap: the data rarely saw that channel for such episodes"));
        lines.Add(ExcelSummaryLine.Heading("Calibration (held-out predictions for the channel each episode got)"));
        lines.Add(new("Brier score", card.Calibration.Brier, ExcelColumnKind.Decimal, Note: "lower is better"));
        lines.Add(new("Log loss", card.Calibration.LogLoss, ExcelColumnKind.Decimal, Note: "lower is better"));
        lines.Add(new("AUC", card.Calibration.Auc, ExcelColumnKind.Decimal, Note: "0.5 = no better than chance"));
        lines.Add(ExcelSummaryLine.Heading("Differences between channels (held out: how far they are confirmed)"));
        lines.Add(new("Share of the predicted differences kept", card.Differences.Scale, ExcelColumnKind.Percent, Note: card.Differences.InWords));
        return ExcelSheet.Summary("Model card", lines, title: "Channel model card");
    }

    private static string Interval(PolicyEstimate p) => string.Create(CultureInfo.InvariantCulture, $"95% interval {p.Low:0.000} to {p.High:0.000}");

    /// <summary>A table sheet with the CSV's columns, each shown with a readable header and the format its values need.</summary>
    private static ExcelSheet Table(string name, IReadOnlyList<string> csvColumns, IEnumerable<IReadOnlyList<object?>> rows) =>
        ExcelSheet.Table(name, csvColumns.Select(Column).ToArray(), rows);

    private static ExcelSheet Missing(string name, string why) =>
        ExcelSheet.Summary(name, [new(name, NotAvailable, Note: why)]);

    private const string AgedArEnd = "ar_end_";

    internal static ExcelColumn Column(string csvName)
    {
        var header = csvName switch
        {
            // The AR at the start of the DSO period (the month and the ones before it), not of the month.
            "ar_start" => "AR at period start",
            "cei_without_n" => "CEI without /N",
            // ar_end_1_30 … ar_end_over_120: the month-end AR by days past due.
            _ when csvName.StartsWith(AgedArEnd, StringComparison.Ordinal) => $"AR end {csvName[AgedArEnd.Length..].Replace("over_", "over ").Replace('_', '-')} days",
            _ => string.Join(' ', csvName.Split('_').Select(w => w is "dso" or "cei" or "add" or "ar" or "km" or "id" ? w.ToUpperInvariant() : w)),
        };
        header = char.ToUpperInvariant(header[0]) + header[1..];
        return csvName switch
        {
            "amount" or "sales" or "period_sales" or "ar_start" or "ar_end" or "current_ar_end" or "countback_ar_beyond_sales"
                => new(header, ExcelColumnKind.Money),
            _ when csvName.EndsWith("_amount", StringComparison.Ordinal) || csvName.StartsWith(AgedArEnd, StringComparison.Ordinal)
                => new(header, ExcelColumnKind.Money),
            "paid_share" or "share" or "share_paid_late" or "kept_share" or "paid_within_horizon" or "survival" or "lower" or "upper"
                or "p_paid_phone" or "p_paid_email" or "p_paid_both" or "current_practice" or "expected_gain" => new(header, ExcelColumnKind.Percent),
            "due_by" or "assigned_on" => new(header, ExcelColumnKind.Date),
            // On the DSO monthly sheet, which divides the CSV's percent by 100: one scale with the Summary's CEI.
            "cei" or "cei_without_n" => new(header, ExcelColumnKind.Percent),
            "month" => new(header, ExcelColumnKind.Date) { NumberFormat = "yyyy-mm" },
            "priority" => new(header, ExcelColumnKind.Decimal) { NumberFormat = "#,##0.00" },
            "invoices" or "paid_invoices" or "horizon_known" or "period_days" or "day" or "at_risk" or "paid" or "censored" or "line" or "count"
                or "rank" or "minutes" or "oldest_days_overdue" or "km_median_days" or "km_median_lower" or "km_median_upper"
                or "promises" or "pending" or "kept" or "partly_kept" or "broken" or "promises_kept" or "promises_judged" => new(header, ExcelColumnKind.Integer),
            "dso" or "countback_dso" or "best_possible_dso" or "add" => new(header, ExcelColumnKind.Days),
            _ when csvName.Contains("days", StringComparison.Ordinal) => new(header, ExcelColumnKind.Days),
            _ => new(header),
        };
    }
}
