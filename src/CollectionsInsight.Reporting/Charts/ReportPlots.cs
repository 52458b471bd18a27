using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling;
using CollectionsInsight.Reporting.Report;
using ScottPlot;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// The report's charts as ScottPlot plots, built from the results, so an analyst can restyle one in a notebook
/// (<c>plot.Title(…)</c>, <c>plot.Axes.SetLimitsY(…)</c>, …) before rendering it with <see cref="PlotImages"/>.
/// Every plot uses the bundled DejaVu Sans and the Okabe–Ito colour-blind-safe colours, one per channel mix in every
/// chart (<see cref="MixColor"/>); with nothing to draw it says "No data".
/// </summary>
public static class ReportPlots
{
    // Okabe and Ito (2008), most distinct on white first; yellow, weakest on white, last.
    private static readonly IPalette OkabeIto = new ScottPlot.Palettes.Custom(
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"], "Okabe–Ito", "colour-blind safe");

    // Bars stand for statistics (mean, median) or policies, not for channel mixes: greys, so that no bar borrows a mix's colour.
    private static readonly Color[] SeriesGreys = [Color.FromHex("#4D4D4D"), Color.FromHex("#A6A6A6"), Color.FromHex("#7A7A7A")];

    private const int MaxMonthLabels = 8;

    /// <summary>
    /// The one colour of each channel mix in every chart (Okabe–Ito): phone blue, email orange, both bluish green, other
    /// reddish purple; no contact grey and the whole book black. Neither vermillion nor yellow is used for a mix, so no two
    /// mixes are told apart by a shade of orange.
    /// </summary>
    public static Color MixColor(string mix) => mix switch
    {
        "phone" => Color.FromHex("#0072B2"),
        "email" => Color.FromHex("#E69F00"),
        "both" => Color.FromHex("#009E73"),
        "other" => Color.FromHex("#CC79A7"),
        "none" => Color.FromHex("#8C8C8C"),
        _ => Colors.Black, // the whole book ("all")
    };

    /// <summary>An empty plot in the report's style: the bundled font, the palette, a title and axis labels with units.</summary>
    public static Plot New(string title, string xLabel, string yLabel)
    {
        ChartFont.Register();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        plot.Add.Palette = OkabeIto;
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>
    /// Grouped bars: the categories along x, one bar per series in each group, error bars where a series has intervals;
    /// a legend when there are several series.
    /// </summary>
    /// <exception cref="ArgumentException">A series has a different number of values (or interval ends) than categories, or only one of Low and High.</exception>
    public static Plot Bars(string title, string xLabel, string yLabel, IReadOnlyList<string> categories, params IReadOnlyList<BarValues> series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series) Check(s, categories.Count);
        var plot = New(title, xLabel, yLabel);
        if (!series.Any(s => s.Values.Any(double.IsFinite))) return NoData(plot);

        var slot = 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var one = series[s];
            var color = SeriesGreys[s % SeriesGreys.Length];
            double X(int category) => category + (s - (series.Count - 1) / 2.0) * slot;
            var shown = Enumerable.Range(0, categories.Count).Where(i => double.IsFinite(one.Values[i])).ToArray();
            var bars = plot.Add.Bars(shown.Select(i => new Bar { Position = X(i), Value = one.Values[i], Size = slot * 0.9, FillColor = color, LineWidth = 0 }).ToArray());
            // One series is named by the title and axis: a legend would only cover bars.
            if (series.Count > 1) bars.LegendText = one.Name;
            if (one.Low is null || one.High is null) continue;
            var withInterval = shown.Where(i => double.IsFinite(one.Low[i]) && double.IsFinite(one.High[i])).ToArray();
            var errors = plot.Add.ErrorBar(withInterval.Select(X).ToArray(), withInterval.Select(i => one.Values[i]).ToArray(), new double[withInterval.Length]);
            errors.YErrorNegative = withInterval.Select(i => one.Values[i] - one.Low[i]).ToArray();
            errors.YErrorPositive = withInterval.Select(i => one.High[i] - one.Values[i]).ToArray();
            errors.Color = Colors.Black;
            errors.LineWidth = 1.5f;
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categories.Select(Wrap).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        if (series.All(s => s.Values.Concat(s.Low ?? []).All(v => !(v < 0)))) StartAtZero(plot);
        return series.Count > 1 ? WithLegend(plot) : plot;
    }

    /// <summary>Mean days to pay by channel mix (episode view, paid invoices) with its 95% bootstrap interval, and the median.</summary>
    public static Plot DaysToPay(ChannelEffectivenessResult effectiveness)
    {
        ArgumentNullException.ThrowIfNull(effectiveness);
        var mixes = effectiveness.Headline(MixView.Episode).Where(m => m.DaysToPay is not null).ToArray();
        return Bars("Days to pay by channel mix (episode view, paid invoices)",
            $"channel mix in the first {effectiveness.Options.WindowDays} days of the episode", "days",
            mixes.Select(m => m.Mix.ToWord()).ToArray(),
            new BarValues("mean (95% bootstrap interval)", mixes.Select(m => m.DaysToPay!.Mean).ToArray(),
                mixes.Select(m => m.MeanDaysToPayInterval?.Lower ?? double.NaN).ToArray(),
                mixes.Select(m => m.MeanDaysToPayInterval?.Upper ?? double.NaN).ToArray()),
            new BarValues("median", mixes.Select(m => m.DaysToPay!.Median).ToArray()));
    }

    /// <summary>Monthly DSO of the whole book and of each channel mix (lifetime view); a month without a value breaks the line.</summary>
    public static Plot MonthlyDso(ChannelEffectivenessResult effectiveness)
    {
        ArgumentNullException.ThrowIfNull(effectiveness);
        var pivot = DsoPivot.Of(effectiveness);
        var plot = New($"DSO by month and channel mix (lifetime view, {effectiveness.Options.DsoPeriodMonths}-month periods)", "month", "DSO (days)");
        if (!pivot.Values.Any(row => row.Any(v => v is not null))) return NoData(plot);

        var xs = Enumerable.Range(0, pivot.Months.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < pivot.Mixes.Count; s++)
        {
            var column = s;
            var line = plot.Add.Scatter(xs, pivot.Values.Select(row => row[column] ?? double.NaN).ToArray(), MixColor(pivot.Mixes[s]));
            line.LegendText = pivot.Mixes[s];
            line.LineWidth = 2;
            line.MarkerSize = 5;
        }
        var every = (pivot.Months.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        var labelled = xs.Where(x => (int)x % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks(labelled, labelled.Select(x => pivot.Months[(int)x].ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToArray());
        return WithLegend(plot);
    }

    /// <summary>Kaplan–Meier curves of the share still unpaid by channel mix (episode view) with their 95% bands.</summary>
    public static Plot Survival(ChannelEffectivenessResult effectiveness)
    {
        ArgumentNullException.ThrowIfNull(effectiveness);
        var plot = New("Invoices still unpaid by channel mix (Kaplan–Meier, 95% band)", "days since the episode start", "share unpaid");
        var curves = effectiveness.Survival
            .Where(s => s.View == MixView.Episode && s.Group == ChannelEffectiveness.AllGroup && s.Curve.Steps.Count > 0)
            .ToArray();
        if (curves.Length == 0) return NoData(plot);

        foreach (var curve in curves)
        {
            // Each curve starts at (0, 1); a step without an interval gets a band of zero width.
            var steps = curve.Curve.Steps;
            double[] days = [0, .. steps.Select(s => (double)s.Day)];
            double[] share = [1, .. steps.Select(s => s.Survival)];
            double[] lower = [1, .. steps.Select(s => s.Lower ?? s.Survival)];
            double[] upper = [1, .. steps.Select(s => s.Upper ?? s.Survival)];
            var color = MixColor(curve.Mix.ToWord());
            var (bandDays, bandLower) = Steps(days, lower);
            var band = plot.Add.FillY(bandDays, bandLower, Steps(days, upper).Values);
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(days, share, color);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LegendText = curve.Mix.ToWord();
            line.LineWidth = 2;
            line.MarkerSize = 0;
        }
        plot.Axes.SetLimitsY(0, 1.05);
        return WithLegend(plot);
    }

    /// <summary>
    /// The whole book's overdue AR on the as-of date by days past due (<see cref="AgingBucket"/>; AR not yet due is left
    /// out, so it does not dwarf the rest), each bar stacked by the invoices' lifetime channel mix, never chased (none) at
    /// the bottom. Amounts are in invoice currency.
    /// </summary>
    public static Plot Aging(ChannelEffectivenessResult effectiveness)
    {
        ArgumentNullException.ThrowIfNull(effectiveness);
        var plot = New($"Overdue AR on {effectiveness.AsOf:yyyy-MM-dd} by channel mix (lifetime view)", "days past due", "open amount");
        var buckets = AgingBucket.Buckets.Where(b => b.FromDaysPastDue > 0).Select(b => b.Name).ToArray();
        var overdue = effectiveness.Aging
            .Where(a => a.Group == ChannelEffectiveness.AllGroup && a.ChannelMix != ChannelEffectiveness.AllGroup && buckets.Contains(a.Bucket)).ToArray();
        if (!overdue.Any(a => a.Amount > 0)) return NoData(plot);

        var stacked = new double[buckets.Length];
        foreach (var mix in overdue.GroupBy(a => a.ChannelMix))
        {
            if (mix.All(a => a.Amount == 0)) continue;
            var bars = new Bar[buckets.Length];
            for (var b = 0; b < buckets.Length; b++)
            {
                var amount = (double)mix.Single(a => a.Bucket == buckets[b]).Amount;
                bars[b] = new Bar { Position = b, ValueBase = stacked[b], Value = stacked[b] + amount, Size = 0.8, FillColor = MixColor(mix.Key), LineWidth = 0 };
                stacked[b] += amount;
            }
            plot.Add.Bars(bars).LegendText = AgingLabel(mix.Key);
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, buckets.Length).Select(b => (double)b).ToArray(), buckets);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        StartAtZero(plot);
        return WithLegend(plot);
    }

    /// <summary>
    /// The whole book's past-due AR at each month's end, each month's bar stacked by days past due on that day (1-30
    /// days at the bottom, over 120 at the top; AR not yet due is left out): the aged AR trend. Amounts are in invoice currency.
    /// </summary>
    public static Plot PastDueByMonth(ChannelEffectivenessResult effectiveness)
    {
        ArgumentNullException.ThrowIfNull(effectiveness);
        var plot = New("Past-due AR at month ends by days past due (whole book)", "month", "open amount");
        var months = effectiveness.BookDsoTotals();
        if (!months.Any(m => m.ArEndByAge.Skip(1).Any(a => a > 0))) return NoData(plot);

        var stacked = new double[months.Count];
        for (var b = 1; b < AgingBucket.Buckets.Count; b++)
        {
            var bars = new Bar[months.Count];
            for (var m = 0; m < months.Count; m++)
            {
                var amount = (double)months[m].ArEndByAge[b];
                bars[m] = new Bar { Position = m, ValueBase = stacked[m], Value = stacked[m] + amount, Size = 0.8, FillColor = AgeColor(b), LineWidth = 0 };
                stacked[m] += amount;
            }
            plot.Add.Bars(bars).LegendText = $"{AgingBucket.Buckets[b].Name} days";
        }
        var every = (months.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        var labelled = Enumerable.Range(0, months.Count).Where(m => m % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks(labelled.Select(m => (double)m).ToArray(),
            labelled.Select(m => months[m].Month.ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToArray());
        plot.Grid.XAxisStyle.IsVisible = false;
        StartAtZero(plot);
        return WithLegend(plot);
    }

    // Days past due, light to dark (ColorBrewer's Purples): a hue no channel mix wears, darker as the debt ages.
    private static readonly string[] AgeColors = ["#BCBDDC", "#9E9AC8", "#807DBA", "#6A51A3", "#4A1486"];

    /// <summary>The colour of an aging bucket past due (1 for 1-30 days, up to 5 for over 120) in every chart of the aged AR.</summary>
    public static Color AgeColor(int bucket) => Color.FromHex(AgeColors[bucket - 1]);

    /// <summary>A lifetime channel mix as the aging names it: AR of mix none is AR that was never chased.</summary>
    internal static string AgingLabel(string mix) => mix == ChannelMix.None.ToWord() ? "never chased" : mix;

    /// <summary>The held-out value of each policy on the model card (doubly robust) with its 95% interval.</summary>
    public static Plot PolicyValues(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var policies = card.Policies;
        return Bars($"Held-out value of each policy (doubly robust, 95% interval, {Plural.Count(card.HeldOutEpisodes, "episode")})",
            "policy", $"share paid within {card.HorizonDays} days",
            policies.Select(p => p.Policy).ToArray(),
            new BarValues("estimated value", policies.Select(p => p.Value).ToArray(), policies.Select(p => p.Low).ToArray(), policies.Select(p => p.High).ToArray()));
    }

    /// <summary>
    /// The propensity of each channel on the held-out episodes as overlaid histograms of each channel's share (20 bins
    /// from 0 to 1): mass near zero means the data rarely saw that channel for such episodes.
    /// </summary>
    public static Plot PropensityOverlap(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        const int bins = 20;
        var plot = New("Propensity overlap: how likely each channel was, held-out episodes",
            "propensity (modelled probability the collectors chose the channel)", "share of the channel's episodes");
        var groups = card.Overlap.Select(o => (o.Channel, Values: o.Values.Where(v => v is >= 0 and <= 1).ToArray())).Where(g => g.Values.Length > 0).ToArray();
        if (groups.Length == 0) return NoData(plot);

        foreach (var (channel, values) in groups)
        {
            var counts = new double[bins];
            foreach (var v in values) counts[Math.Min(bins - 1, (int)(v * bins))]++;
            var color = MixColor(channel.ToWord());
            var bars = plot.Add.Bars(counts.Select((count, b) => new Bar
            {
                Position = (b + 0.5) / bins,
                Value = count / values.Length,
                Size = 1.0 / bins,
                FillColor = color.WithAlpha(0.45),
                LineColor = color,
                LineWidth = 1,
            }).ToArray());
            bars.LegendText = channel.ToWord();
        }
        plot.Axes.SetLimitsX(0, 1);
        StartAtZero(plot);
        return WithLegend(plot);
    }

    /// <summary>The corners of a step function that holds each value until the next x.</summary>
    private static (double[] Xs, double[] Values) Steps(double[] xs, double[] values)
    {
        var cornerXs = new List<double>();
        var cornerValues = new List<double>();
        for (var i = 0; i < xs.Length; i++)
        {
            if (i > 0)
            {
                cornerXs.Add(xs[i]);
                cornerValues.Add(values[i - 1]);
            }
            cornerXs.Add(xs[i]);
            cornerValues.Add(values[i]);
        }
        return (cornerXs.ToArray(), cornerValues.ToArray());
    }

    // Below the chart, so it never hides data.
    private static Plot WithLegend(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    // Bars of non-negative values stand on the x axis instead of floating above a margin.
    private static void StartAtZero(Plot plot) => plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0, top: 0.1);

    // A long category label goes on two lines, split at the space nearest its middle, so neighbours do not overlap.
    private static string Wrap(string label)
    {
        if (label.Length <= 12) return label;
        var spaces = Enumerable.Range(0, label.Length).Where(i => label[i] == ' ').ToArray();
        if (spaces.Length == 0) return label;
        var split = spaces.MinBy(i => Math.Abs(i - label.Length / 2));
        return label[..split] + "\n" + label[(split + 1)..];
    }

    private static Plot NoData(Plot plot)
    {
        var text = plot.Add.Text("No data", 0.5, 0.5);
        text.Alignment = Alignment.MiddleCenter;
        text.LabelFontSize = 20;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.HideGrid();
        return plot;
    }

    private static void Check(BarValues series, int categories)
    {
        ArgumentNullException.ThrowIfNull(series);
        if ((series.Low is null) != (series.High is null))
            throw new ArgumentException($"Series '{series.Name}': give both Low and High for error bars, or neither.", nameof(series));
        foreach (var (list, name) in new[] { (series.Values, "values"), (series.Low, "low ends"), (series.High, "high ends") })
        {
            if (list is not null && list.Count != categories)
                throw new ArgumentException($"Series '{series.Name}' has {list.Count} {name} for {categories} categories.", nameof(series));
        }
    }
}
