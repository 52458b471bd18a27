namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// Kaplan–Meier style step curves: x is time (e.g. days since issue), y the share still unpaid from 1 down
/// to 0, one curve per series, each with an optional shaded interval band (e.g. 95% lower and upper). Every
/// curve starts at (0, 1) and holds its value until the next time, the usual right-continuous step.
/// </summary>
/// <example>
/// <code>
/// var chart = new StepChart("Invoices still unpaid")
///     .AddSeries("phone", times: [10, 20, 30], shareUnpaid: [0.8, 0.5, 0.2], lower: [0.7, 0.4, 0.1], upper: [0.9, 0.6, 0.3]);
/// </code>
/// </example>
public sealed class StepChart : Chart
{
    private readonly List<Series> _series = [];

    /// <summary>A step chart with x labelled "days" and y labelled "share unpaid" (change them through XLabel, YLabel).</summary>
    public StepChart(string title) : base(title)
    {
        XLabel = "days";
        YLabel = "share unpaid";
    }

    /// <summary>
    /// Adds a curve: the share still unpaid (0..1) just after each time. Points with a negative or non-finite
    /// time or share are skipped; the rest are sorted by time. <paramref name="lower"/> and
    /// <paramref name="upper"/>, if given, bound a shaded band; where either is NaN the band has a gap.
    /// </summary>
    /// <returns>This chart, to chain calls.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or only one of lower and upper is given.</exception>
    public StepChart AddSeries(string name, IEnumerable<double> times, IEnumerable<double> shareUnpaid,
        IEnumerable<double>? lower = null, IEnumerable<double>? upper = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(times);
        if ((lower is null) != (upper is null))
            throw new ArgumentException($"Series '{name}': give both lower and upper for a band, or neither.", lower is null ? nameof(lower) : nameof(upper));
        var t = times.ToArray();
        var share = SeriesData.Copy(shareUnpaid, t.Length, name, nameof(shareUnpaid));
        var low = SeriesData.CopyOptional(lower, t.Length, name, nameof(lower)) ?? Nan(t.Length);
        var high = SeriesData.CopyOptional(upper, t.Length, name, nameof(upper)) ?? Nan(t.Length);

        // Keep valid points in time order, after the start at (0, 1) whose band is a point.
        var points = Enumerable.Range(0, t.Length)
            .Where(i => double.IsFinite(t[i]) && t[i] >= 0 && double.IsFinite(share[i]) && share[i] >= 0)
            .OrderBy(i => t[i])
            .Select(i => new Point(t[i], share[i], low[i], high[i]))
            .ToList();
        points.Insert(0, new Point(0, 1, 1, 1));
        _series.Add(new Series(name, points, lower is not null));
        return this;
    }

    /// <summary>
    /// The corners of a step function through (times[i], values[i]) for i from <paramref name="from"/> to
    /// <paramref name="to"/>: each value holds until the next time (the last until <paramref name="end"/>),
    /// then drops or rises there. Repeated corners are left out.
    /// </summary>
    internal static List<(double X, double Y)> StepVertices(IReadOnlyList<double> times, IReadOnlyList<double> values, int from, int to, double end)
    {
        var corners = new List<(double X, double Y)>();
        for (var i = from; i <= to; i++)
        {
            Add((times[i], values[i]));
            Add((i < to ? times[i + 1] : end, values[i]));
        }
        return corners;

        void Add((double X, double Y) corner)
        {
            if (corners.Count == 0 || corners[^1] != corner) corners.Add(corner);
        }
    }

    internal override PlotSpec Describe()
    {
        var any = _series.Any(s => s.Points.Count > 1);
        var y = new Extent();
        y.Add(0);
        y.Add(1);
        var maxTime = 1.0;
        foreach (var s in _series)
        {
            y.AddAll(s.Points.Select(p => p.Share));
            maxTime = Math.Max(maxTime, s.Points[^1].Time);
        }
        return PlotSpec.For(this, "Step chart (Kaplan–Meier curves starting at 1)", _series.ConvertAll(s => s.Name), Swatch.Line) with
        {
            HasData = any,
            XMin = 0,
            XMax = maxTime,
            YMin = y.Min,
            YMax = y.Max,
        };
    }

    internal override void DrawData(SvgCanvas svg, PlotFrame frame)
    {
        for (var s = 0; s < _series.Count; s++)
        {
            var series = _series[s];
            var p = series.Points;
            var times = p.Select(q => q.Time).ToArray();
            svg.Open("g", ("class", "series"));
            if (series.HasBand)
            {
                var lower = p.Select(q => q.Lower).ToArray();
                var upper = p.Select(q => q.Upper).ToArray();
                foreach (var (start, end) in SeriesData.Runs(p.Count, i => double.IsFinite(lower[i]) && double.IsFinite(upper[i])))
                {
                    var stop = end < p.Count - 1 ? times[end + 1] : times[end];
                    var outline = StepVertices(times, upper, start, end, stop)
                        .Concat(Enumerable.Reverse(StepVertices(times, lower, start, end, stop)));
                    svg.Element("path", ("class", "band"), ("d", SeriesData.Path(Pixels(frame, outline)) + " Z"),
                        ("fill", Palette.Color(s)), ("fill-opacity", 0.18), ("stroke", "none"));
                }
            }
            var curve = StepVertices(times, p.Select(q => q.Share).ToArray(), 0, p.Count - 1, times[^1]);
            svg.ElementWithTooltip("path", $"{series.Name}: {p.Count - 1} points to day {SvgCanvas.Value(times[^1])}, ending at {SvgCanvas.Value(p[^1].Share)}",
                ("class", "step"), ("d", SeriesData.Path(Pixels(frame, curve))), ("fill", "none"), ("stroke", Palette.Color(s)),
                ("stroke-width", 2.5), ("stroke-linejoin", "miter"));
            svg.Close();
        }
    }

    private static IEnumerable<(double X, double Y)> Pixels(PlotFrame frame, IEnumerable<(double X, double Y)> points) =>
        points.Select(q => (frame.X(q.X), frame.Y(q.Y)));

    private static double[] Nan(int count) => Enumerable.Repeat(double.NaN, count).ToArray();

    private sealed record Point(double Time, double Share, double Lower, double Upper);

    private sealed record Series(string Name, List<Point> Points, bool HasBand);
}
