using System.Globalization;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// Lines over evenly spaced x positions, usually months (e.g. monthly DSO per channel mix), one line per
/// series, with a marker on every value. A missing value (null, NaN, infinity) breaks the line there.
/// </summary>
/// <example>
/// <code>
/// var months = new[] { new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1) };
/// var chart = new LineChart("DSO by channel mix", months) { YLabel = "DSO (days)" }
///     .AddSeries("phone", [44.0, 41.5, 39.8])
///     .AddSeries("email", [47.1, null, 45.0]);
/// </code>
/// </example>
public sealed class LineChart : Chart
{
    private readonly List<(string Name, double[] Values)> _series = [];

    /// <summary>A line chart with these labels along x, in this order.</summary>
    public LineChart(string title, IEnumerable<string> xLabels) : base(title)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        XLabels = xLabels.Select(l => l ?? "").ToArray();
    }

    /// <summary>A line chart over these months, labelled like "Jan 2025" (the day of each date is ignored).</summary>
    public LineChart(string title, IEnumerable<DateOnly> months)
        : this(title, (months ?? throw new ArgumentNullException(nameof(months)))
            .Select(m => m.ToString("MMM yyyy", CultureInfo.InvariantCulture)))
    {
    }

    /// <summary>The labels along x.</summary>
    public IReadOnlyList<string> XLabels { get; }

    /// <summary>Whether the y axis starts at zero even when all values are far from it (default true, the honest view).</summary>
    public bool IncludeZero { get; set; } = true;

    /// <summary>Adds a line with one value per x label; NaN or infinity leaves a gap.</summary>
    /// <returns>This chart, to chain calls.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of x labels.</exception>
    public LineChart AddSeries(string name, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        _series.Add((name, SeriesData.Copy(values, XLabels.Count, name, nameof(values))));
        return this;
    }

    /// <summary>Adds a line with one value per x label; null, NaN or infinity leaves a gap.</summary>
    /// <returns>This chart, to chain calls.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of x labels.</exception>
    public LineChart AddSeries(string name, IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        _series.Add((name, SeriesData.Copy(values, XLabels.Count, name, nameof(values))));
        return this;
    }

    internal override PlotSpec Describe()
    {
        var extent = new Extent();
        foreach (var (_, values) in _series) extent.AddAll(values);
        if (IncludeZero && extent.HasValue) extent.Add(0);
        return PlotSpec.For(this, "Line chart", _series.ConvertAll(s => s.Name), Swatch.Line, "points along x", XLabels) with
        {
            HasData = extent.HasValue && XLabels.Count > 0,
            YMin = extent.Min,
            YMax = extent.Max,
        };
    }

    internal override void DrawData(SvgCanvas svg, PlotFrame frame)
    {
        var radius = Math.Clamp(frame.BandWidth / 5, 1.5, 3.5);
        for (var s = 0; s < _series.Count; s++)
        {
            var (name, values) = _series[s];
            var color = Palette.Color(s);
            svg.Open("g", ("class", "series"));
            var runs = SeriesData.Runs(values.Length, i => double.IsFinite(values[i]))
                .Select(run => SeriesData.Path(Enumerable.Range(run.Start, run.End - run.Start + 1)
                    .Select(i => (frame.CategoryCenter(i), frame.Y(values[i])))));
            svg.Element("path", ("class", "line"), ("d", string.Join(" ", runs)), ("fill", "none"), ("stroke", color),
                ("stroke-width", 2.5), ("stroke-linejoin", "round"), ("stroke-linecap", "round"));
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i])) continue;
                svg.ElementWithTooltip("circle", $"{XLabels[i]} \u2014 {name}: {SvgCanvas.Value(values[i])}",
                    ("class", "marker"), ("cx", frame.CategoryCenter(i)), ("cy", frame.Y(values[i])), ("r", radius),
                    ("fill", color), ("stroke", "#ffffff"), ("stroke-width", 1));
            }
            svg.Close();
        }
    }
}
