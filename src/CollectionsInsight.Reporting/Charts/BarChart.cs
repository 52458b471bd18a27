namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// Grouped bars: categories along x (e.g. channel mix none, phone, email, both, other), one bar per series in
/// each group (e.g. "mean days to pay" and "median"), optional error bars (e.g. a 95% interval). Bars start at
/// zero, so negative values (e.g. days beyond terms for early payers) go down from the zero line.
/// </summary>
/// <example>
/// <code>
/// var chart = new BarChart("Days to pay by channel mix", ["none", "phone", "email", "both"]) { YLabel = "days" }
///     .AddSeries("mean", [41.2, 33.5, 30.1, 38.0], low: [39.0, 31.2, 28.4, 35.1], high: [43.4, 35.8, 31.8, 40.9])
///     .AddSeries("median", [38, 31, 28, 35]);
/// chart.Save("reports/days-to-pay.svg");
/// </code>
/// </example>
public sealed class BarChart : Chart
{
    private const double GroupShare = 0.72;
    private readonly List<Series> _series = [];

    /// <summary>A bar chart with these categories along x, in this order.</summary>
    public BarChart(string title, IEnumerable<string> categories) : base(title)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories.Select(c => c ?? "").ToArray();
    }

    /// <summary>The categories along x.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>
    /// Adds a series: one value per category (NaN or infinity leaves that bar out), and optionally the low and
    /// high ends of an interval per bar, drawn as error bars (give both or neither; NaN leaves one out).
    /// </summary>
    /// <returns>This chart, to chain calls.</returns>
    /// <exception cref="ArgumentException">A list's length differs from the number of categories, or only one of low and high is given.</exception>
    public BarChart AddSeries(string name, IEnumerable<double> values, IEnumerable<double>? low = null, IEnumerable<double>? high = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if ((low is null) != (high is null))
            throw new ArgumentException($"Series '{name}': give both low and high for error bars, or neither.", low is null ? nameof(low) : nameof(high));
        _series.Add(new Series(
            name,
            SeriesData.Copy(values, Categories.Count, name, nameof(values)),
            SeriesData.CopyOptional(low, Categories.Count, name, nameof(low)),
            SeriesData.CopyOptional(high, Categories.Count, name, nameof(high))));
        return this;
    }

    internal override PlotSpec Describe()
    {
        var extent = new Extent();
        extent.Add(0); // the baseline
        var any = false;
        foreach (var s in _series)
        {
            any |= s.Values.Any(double.IsFinite);
            extent.AddAll(s.Values);
            extent.AddAll(s.Low);
            extent.AddAll(s.High);
        }
        return PlotSpec.For(this, "Bar chart", _series.ConvertAll(s => s.Name), Swatch.Box, "categories", Categories) with
        {
            HasData = any && Categories.Count > 0,
            YMin = extent.Min,
            YMax = extent.Max,
        };
    }

    internal override void DrawData(SvgCanvas svg, PlotFrame frame)
    {
        var group = frame.BandWidth * GroupShare;
        var bar = group / _series.Count;
        var zero = frame.Y(0);
        for (var s = 0; s < _series.Count; s++)
        {
            var series = _series[s];
            svg.Open("g", ("class", "series"), ("fill", Palette.Color(s)));
            for (var i = 0; i < Categories.Count; i++)
            {
                var value = series.Values[i];
                if (!double.IsFinite(value)) continue;
                var x = frame.CategoryCenter(i) - group / 2 + s * bar;
                var y = frame.Y(value);
                svg.ElementWithTooltip("rect", Tooltip(series, i),
                    ("class", "bar"), ("x", x + 0.5), ("y", Math.Min(y, zero)), ("width", Math.Max(1, bar - 1)), ("height", Math.Abs(zero - y)));
            }
            DrawErrorBars(svg, frame, series, x: i => frame.CategoryCenter(i) - group / 2 + (s + 0.5) * bar, cap: Math.Min(8, bar / 3));
            svg.Close();
        }
    }

    private void DrawErrorBars(SvgCanvas svg, PlotFrame frame, Series series, Func<int, double> x, double cap)
    {
        if (series.Low is null || series.High is null) return;
        for (var i = 0; i < Categories.Count; i++)
        {
            var (low, high) = (series.Low[i], series.High[i]);
            if (!double.IsFinite(low) || !double.IsFinite(high)) continue;
            var (cx, y1, y2) = (SvgCanvas.Num(x(i)), SvgCanvas.Num(frame.Y(low)), SvgCanvas.Num(frame.Y(high)));
            var (c1, c2) = (SvgCanvas.Num(x(i) - cap / 2), SvgCanvas.Num(cap));
            svg.Element("path", ("class", "error-bar"), ("stroke", Palette.Text), ("stroke-width", 1.5), ("fill", "none"),
                ("d", $"M{cx} {y1} V{y2} M{c1} {y1} h{c2} M{c1} {y2} h{c2}"));
        }
    }

    private string Tooltip(Series series, int i)
    {
        var text = $"{Categories[i]} \u2014 {series.Name}: {SvgCanvas.Value(series.Values[i])}";
        if (series.Low is not null && series.High is not null && double.IsFinite(series.Low[i]) && double.IsFinite(series.High[i]))
            text += $" (interval {SvgCanvas.Value(series.Low[i])} to {SvgCanvas.Value(series.High[i])})";
        return text;
    }

    private sealed record Series(string Name, double[] Values, double[]? Low, double[]? High);
}
