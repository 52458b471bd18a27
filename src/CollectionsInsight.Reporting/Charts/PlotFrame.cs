namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// The layout every chart shares: title, legend rows under it, the plot area, nice y ticks with gridlines,
/// a banded category x axis or a numeric one, axis titles, and the mapping from data to pixels.
/// Charts draw only their marks; everything around them is drawn here.
/// </summary>
internal sealed class PlotFrame
{
    public const double Pad = 12;
    public const double TitleSize = 16;
    public const double LabelSize = 12;
    public const double TickSize = 11;
    private const double LegendRow = 20;
    private const double LegendSwatch = 18;
    private const double LegendNameWidth = 220;
    private const double LegendGap = 18;

    private readonly List<(LegendEntry Entry, double X, double Y)> _legend;
    private readonly int _width;
    private readonly int _height;

    private PlotFrame(int width, int height, double left, double top, double right, double bottom,
        Ticks yTicks, Ticks? xTicks, IReadOnlyList<string>? categories, List<(LegendEntry, double, double)> legend)
    {
        (_width, _height, Left, Top, Right, Bottom) = (width, height, left, top, right, bottom);
        (YTicks, XTicks, Categories, _legend) = (yTicks, xTicks, categories, legend);
    }

    public double Left { get; }
    public double Top { get; }
    public double Right { get; }
    public double Bottom { get; }
    public Ticks YTicks { get; }

    /// <summary>Ticks of a numeric x axis; null when the x axis has categories.</summary>
    public Ticks? XTicks { get; }

    public IReadOnlyList<string>? Categories { get; }

    /// <summary>The width of one category's band on a category x axis.</summary>
    public double BandWidth => Categories is { Count: > 0 } c ? (Right - Left) / c.Count : Right - Left;

    public double CategoryCenter(int index) => Left + (index + 0.5) * BandWidth;

    public double X(double value) =>
        XTicks is { } t ? Left + (value - t.Min) / (t.Max - t.Min) * (Right - Left) : Left;

    public double Y(double value) => Bottom - (value - YTicks.Min) / (YTicks.Max - YTicks.Min) * (Bottom - Top);

    /// <summary>Lays out a chart with data: legend rows, then the plot area, whose left edge leaves room for the y tick labels.</summary>
    public static PlotFrame Create(Chart chart, PlotSpec spec)
    {
        var legend = LayoutLegend(spec.Legend, TitleBottom(chart.Title) + 6, chart.Width - 2 * Pad, out var legendBottom);
        var top = legendBottom + 10;
        var bottom = Math.Max(top + 40, chart.Height - (string.IsNullOrWhiteSpace(chart.XLabel) ? 28 : 48));
        var yTicks = NiceTicks.Create(spec.YMin, spec.YMax, TickCount(bottom - top, 55));
        var tickWidth = yTicks.Values.Max(v => TextFit.Width(yTicks.Label(v), TickSize));
        var left = Pad + (string.IsNullOrWhiteSpace(chart.YAxisTitle) ? 0 : 20) + tickWidth + 8;
        var right = chart.Width - Pad - (spec.Categories is null ? 12 : 0);
        var xTicks = spec.Categories is null ? NiceTicks.Create(spec.XMin, spec.XMax, TickCount(right - left, 90)) : null;
        return new PlotFrame(chart.Width, chart.Height, left, top, right, bottom, yTicks, xTicks, spec.Categories, legend);
    }

    /// <summary>The chart title, top left; long titles are cut with the full text in a tooltip.</summary>
    public static void DrawTitle(SvgCanvas svg, string title, int width)
    {
        if (string.IsNullOrWhiteSpace(title)) return;
        svg.Text(Pad, 26, title, TitleSize, width - 2 * Pad, ("font-weight", "600"), ("fill", Palette.Text), ("class", "chart-title"));
    }

    /// <summary>The empty state: a dashed frame with "No data" in its middle.</summary>
    public static void DrawNoData(SvgCanvas svg, string title, int width, int height)
    {
        var top = TitleBottom(title) + 8;
        svg.Element("rect", ("x", Pad), ("y", top), ("width", width - 2 * Pad), ("height", Math.Max(10, height - top - Pad)),
            ("fill", "none"), ("stroke", Palette.Grid), ("stroke-dasharray", "4 4"));
        svg.Text(width / 2.0, (top + height - Pad) / 2 + 5, "No data", 14, width - 4 * Pad,
            ("text-anchor", "middle"), ("fill", Palette.Muted), ("class", "no-data"));
    }

    /// <summary>Gridlines, tick labels, the x axis line (and a zero line when y goes below zero), axis titles.</summary>
    public void DrawAxes(SvgCanvas svg, string xLabel, string yLabel)
    {
        svg.Open("g", ("class", "axes"), ("fill", Palette.Muted));
        var grid = YTicks.Values.Select(v => $"M{SvgCanvas.Num(Left)} {SvgCanvas.Num(Y(v))} H{SvgCanvas.Num(Right)}");
        if (XTicks is { } xt) grid = grid.Concat(xt.Values.Select(v => $"M{SvgCanvas.Num(X(v))} {SvgCanvas.Num(Top)} V{SvgCanvas.Num(Bottom)}"));
        svg.Element("path", ("class", "grid"), ("d", string.Join(" ", grid)), ("stroke", Palette.Grid), ("fill", "none"));

        foreach (var v in YTicks.Values)
            svg.Text(Left - 6, Y(v) + 4, YTicks.Label(v), TickSize, Left - Pad, ("text-anchor", "end"));
        if (XTicks is { } ticks)
        {
            var room = (Right - Left) / Math.Max(1, ticks.Values.Count - 1);
            foreach (var v in ticks.Values)
                svg.Text(X(v), Bottom + 16, ticks.Label(v), TickSize, room, ("text-anchor", "middle"));
        }
        else DrawCategoryLabels(svg);

        svg.Element("path", ("class", "axis"), ("d", $"M{SvgCanvas.Num(Left)} {SvgCanvas.Num(Bottom)} H{SvgCanvas.Num(Right)}"), ("stroke", Palette.Axis));
        if (YTicks.Min < 0 && YTicks.Max > 0)
            svg.Element("path", ("class", "zero"), ("d", $"M{SvgCanvas.Num(Left)} {SvgCanvas.Num(Y(0))} H{SvgCanvas.Num(Right)}"), ("stroke", Palette.Muted));

        if (!string.IsNullOrWhiteSpace(xLabel))
            svg.Text((Left + Right) / 2, _height - 12, xLabel, LabelSize, Right - Left, ("text-anchor", "middle"), ("fill", Palette.Text), ("class", "x-label"));
        if (!string.IsNullOrWhiteSpace(yLabel))
        {
            var (x, y) = (Pad + 10, (Top + Bottom) / 2);
            svg.Text(x, y, yLabel, LabelSize, Bottom - Top, ("text-anchor", "middle"), ("fill", Palette.Text), ("class", "y-label"),
                ("transform", $"rotate(-90 {SvgCanvas.Num(x)} {SvgCanvas.Num(y)})"));
        }
        svg.Close();
    }

    /// <summary>Opens the group the marks go in, clipped to the plot area; close it with <see cref="SvgCanvas.Close"/>.</summary>
    public void OpenData(SvgCanvas svg, string id)
    {
        var clip = $"{id}-clip";
        svg.Open("defs");
        svg.Open("clipPath", ("id", clip));
        // A little slack so strokes and markers on the plot's edge are not cut in half.
        svg.Element("rect", ("x", Left - 4), ("y", Top - 4), ("width", Right - Left + 8), ("height", Bottom - Top + 8));
        svg.Close();
        svg.Close();
        svg.Open("g", ("class", "data"), ("clip-path", $"url(#{clip})"));
    }

    /// <summary>The legend laid out by <see cref="Create"/>: a box or line swatch and the series name.</summary>
    public void DrawLegend(SvgCanvas svg)
    {
        if (_legend.Count == 0) return;
        svg.Open("g", ("class", "legend"), ("fill", Palette.Text));
        foreach (var (entry, x, y) in _legend)
        {
            if (entry.Swatch == Swatch.Box)
                svg.Element("rect", ("x", x + 3), ("y", y - 10), ("width", 12), ("height", 12), ("fill", entry.Color));
            else
                svg.Element("path", ("d", $"M{SvgCanvas.Num(x)} {SvgCanvas.Num(y - 4)} h{SvgCanvas.Num(LegendSwatch)}"), ("stroke", entry.Color), ("stroke-width", 3));
            svg.Text(x + LegendSwatch + 6, y, entry.Name, LabelSize, LegendNameWidth);
        }
        svg.Close();
    }

    private void DrawCategoryLabels(SvgCanvas svg)
    {
        if (Categories is not { Count: > 0 } categories) return;
        // Show every k-th label so labels never overlap; each shown label may use k bands, minus a gap.
        var natural = categories.Max(c => TextFit.Width(SvgCanvas.Clean(c).Trim(), TickSize));
        var widest = Math.Min(natural, TextFit.Width(new string('x', 14), TickSize));
        var every = Math.Max(1, (int)Math.Ceiling((widest + 8) / BandWidth));
        for (var i = 0; i < categories.Count; i += every)
            svg.Text(CategoryCenter(i), Bottom + 16, categories[i], TickSize, every * BandWidth - 8, ("text-anchor", "middle"));
    }

    private static double TitleBottom(string title) => string.IsNullOrWhiteSpace(title) ? 8 : 34;

    private static int TickCount(double length, double spacing) => Math.Clamp((int)(length / spacing) + 1, 3, 10);

    private static List<(LegendEntry, double, double)> LayoutLegend(IReadOnlyList<LegendEntry> entries, double top, double width, out double bottom)
    {
        var placed = new List<(LegendEntry, double, double)>();
        var (x, baseline) = (Pad, top + 14);
        foreach (var entry in entries)
        {
            var nameWidth = Math.Min(LegendNameWidth, TextFit.Width(SvgCanvas.Clean(entry.Name).Trim(), LabelSize));
            var itemWidth = LegendSwatch + 6 + nameWidth;
            if (x > Pad && x + itemWidth > Pad + width)
                (x, baseline) = (Pad, baseline + LegendRow);
            placed.Add((entry, x, baseline));
            x += itemWidth + LegendGap;
        }
        bottom = placed.Count == 0 ? top : baseline + 6;
        return placed;
    }
}
