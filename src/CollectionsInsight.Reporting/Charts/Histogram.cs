namespace CollectionsInsight.Reporting.Charts;

/// <summary>How a <see cref="Histogram"/> with several series places their bars within a bin.</summary>
public enum HistogramLayout
{
    /// <summary>Translucent bars on top of each other, full bin width: shows overlap (e.g. propensity scores).</summary>
    Overlaid,

    /// <summary>The bin split into one narrower bar per series.</summary>
    SideBySide,
}

/// <summary>
/// Values binned into equal-width bins, one colour per group, e.g. the propensity of phone (0..1) for
/// invoices that were phoned, emailed or both, to check the groups overlap. All groups share the bins.
/// </summary>
/// <example>
/// <code>
/// var chart = new Histogram("Propensity of phone by channel used") { Min = 0, Max = 1, BinCount = 20, ShowShare = true, XLabel = "propensity" }
///     .AddSeries("phone", phoneScores)
///     .AddSeries("email", emailScores);
/// </code>
/// </example>
public sealed class Histogram : Chart
{
    private readonly List<(string Name, double[] Values)> _series = [];
    private int _binCount = 20;

    /// <summary>An empty histogram; add groups with <see cref="AddSeries"/>.</summary>
    public Histogram(string title) : base(title)
    {
    }

    /// <summary>The number of equal-width bins between the lower and upper edge, 1 to 1,000; default 20.</summary>
    public int BinCount
    {
        get => _binCount;
        set => _binCount = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A histogram has 1 to 1,000 bins.");
    }

    /// <summary>The lower edge of the first bin; by default the smallest value. Values below it are not drawn.</summary>
    public double? Min { get; set; }

    /// <summary>The upper edge of the last bin (which includes it); by default the largest value. Values above it are not drawn.</summary>
    public double? Max { get; set; }

    /// <summary>Overlaid translucent bars (default) or side by side.</summary>
    public HistogramLayout Layout { get; set; } = HistogramLayout.Overlaid;

    /// <summary>
    /// Bar heights as each group's share of its finite values (so groups of different sizes compare), instead
    /// of counts. The default y label follows: "share of group" or "count".
    /// </summary>
    public bool ShowShare { get; set; }

    /// <summary>Adds a group of values; NaN and infinity are skipped.</summary>
    /// <returns>This chart, to chain calls.</returns>
    public Histogram AddSeries(string name, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        _series.Add((name, values.Where(double.IsFinite).ToArray()));
        return this;
    }

    internal override string DefaultYLabel => ShowShare ? "share of group" : "count";

    internal override PlotSpec Describe()
    {
        var bins = Bin();
        var tallest = bins?.Heights.SelectMany(h => h).DefaultIfEmpty(0).Max() ?? 0;
        return PlotSpec.For(this, $"Histogram with {BinCount} bins", _series.ConvertAll(s => s.Name), Swatch.Box) with
        {
            HasData = tallest > 0,
            XMin = bins?.Low ?? 0,
            XMax = bins?.High ?? 1,
            YMin = 0,
            YMax = tallest,
        };
    }

    internal override void DrawData(SvgCanvas svg, PlotFrame frame)
    {
        if (Bin() is not { } bins) return;
        var overlaid = Layout == HistogramLayout.Overlaid || _series.Count == 1;
        var width = (bins.High - bins.Low) / BinCount;
        for (var s = 0; s < _series.Count; s++)
        {
            var color = Palette.Color(s);
            svg.Open("g", ("class", "series"), ("fill", color), ("fill-opacity", overlaid ? 0.45 : 0.85),
                ("stroke", overlaid ? color : "#ffffff"), ("stroke-width", overlaid ? 1 : 0.5));
            for (var b = 0; b < BinCount; b++)
            {
                var height = bins.Heights[s][b];
                if (height <= 0) continue;
                var (from, to) = (bins.Low + b * width, b == BinCount - 1 ? bins.High : bins.Low + (b + 1) * width);
                var (x0, x1) = (frame.X(from), frame.X(to));
                if (!overlaid) (x0, x1) = (x0 + (x1 - x0) * s / _series.Count, x0 + (x1 - x0) * (s + 1) / _series.Count);
                var unit = ShowShare ? "share" : "count";
                var closing = b == BinCount - 1 ? "]" : ")";
                svg.ElementWithTooltip("rect", $"{_series[s].Name}: {unit} {SvgCanvas.Value(height)} in [{SvgCanvas.Value(from)}, {SvgCanvas.Value(to)}{closing}",
                    ("class", "bin"), ("x", x0), ("y", frame.Y(height)), ("width", Math.Max(0.5, x1 - x0)), ("height", frame.Y(0) - frame.Y(height)));
            }
            svg.Close();
        }
    }

    /// <summary>The shared bin edges and each series' bar heights; null when there are no finite values.</summary>
    private Bins? Bin()
    {
        var extent = new Extent();
        foreach (var (_, values) in _series) extent.AddAll(values);
        if (!extent.HasValue) return null;
        var (low, high) = (Min ?? extent.Min, Max ?? extent.Max);
        if (!double.IsFinite(low) || !double.IsFinite(high)) return null;
        if (low > high) (low, high) = (high, low);
        if (low == high) (low, high) = (low - 0.5, high + 0.5);

        var heights = _series.Select(s =>
        {
            var counts = new double[BinCount];
            foreach (var v in s.Values)
            {
                if (v < low || v > high) continue;
                var b = Math.Min(BinCount - 1, (int)Math.Floor((v - low) / (high - low) * BinCount));
                counts[b]++;
            }
            if (ShowShare && s.Values.Length > 0)
                for (var b = 0; b < BinCount; b++) counts[b] /= s.Values.Length;
            return counts;
        }).ToList();
        return new Bins(low, high, heights);
    }

    private sealed record Bins(double Low, double High, List<double[]> Heights);
}
