namespace CollectionsInsight.Reporting.Charts;

/// <summary>How a legend entry shows its series: a filled box (bars, bins) or a line (lines, steps).</summary>
internal enum Swatch { Box, Line }

internal sealed record LegendEntry(string Name, string Color, Swatch Swatch);

/// <summary>
/// What a chart tells the shared frame before drawing: the x axis (categories or a numeric range), the y
/// extent of its finite data, its legend and a one-sentence summary for the SVG's &lt;desc&gt;.
/// </summary>
internal sealed record PlotSpec
{
    public bool HasData { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<LegendEntry> Legend { get; init; } = [];

    /// <summary>Category labels for a banded x axis; null for a numeric x axis from XMin to XMax.</summary>
    public IReadOnlyList<string>? Categories { get; init; }
    public double XMin { get; init; }
    public double XMax { get; init; }
    public double YMin { get; init; }
    public double YMax { get; init; }

    /// <summary>
    /// A spec with the summary and legend (one entry a series, coloured in order) filled in; the chart adds
    /// HasData and the extent with <c>with { … }</c>. <paramref name="categories"/> makes the x axis banded.
    /// </summary>
    public static PlotSpec For(Chart chart, string kind, IReadOnlyList<string> series, Swatch swatch,
        string? categoriesWord = null, IReadOnlyList<string>? categories = null) => new()
    {
        Summary = Summarize(kind, categoriesWord, categories, series, chart.XLabel, chart.YAxisTitle),
        Legend = series.Select((name, i) => new LegendEntry(name, Palette.Color(i), swatch)).ToList(),
        Categories = categories,
    };

    /// <summary>A one-sentence summary: "Bar chart, 5 categories (a, b, …), 2 series (x, y); y axis: days."</summary>
    private static string Summarize(string kind, string? categoriesWord, IReadOnlyList<string>? categories,
        IReadOnlyList<string> names, string xLabel, string yLabel)
    {
        var parts = new List<string> { kind };
        if (categories is not null) parts.Add(Count(categories, categoriesWord ?? "categories"));
        parts.Add(Count(names, "series"));
        var text = string.Join(", ", parts);
        if (!string.IsNullOrWhiteSpace(xLabel)) text += $"; x axis: {xLabel}";
        if (!string.IsNullOrWhiteSpace(yLabel)) text += $"; y axis: {yLabel}";
        return text + ".";
    }

    private static string Count(IReadOnlyList<string> items, string word) =>
        items.Count == 0 ? $"no {word}" : $"{items.Count} {word} ({List(items)})";

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= 8 ? string.Join(", ", items) : string.Join(", ", items.Take(8)) + $", and {items.Count - 8} more";
}

/// <summary>The smallest and largest finite values seen; non-finite values are skipped.</summary>
internal struct Extent
{
    public double Min { get; private set; }
    public double Max { get; private set; }
    public bool HasValue { get; private set; }

    public void Add(double value)
    {
        if (!double.IsFinite(value)) return;
        Min = HasValue ? Math.Min(Min, value) : value;
        Max = HasValue ? Math.Max(Max, value) : value;
        HasValue = true;
    }

    public void AddAll(IEnumerable<double>? values)
    {
        if (values is null) return;
        foreach (var v in values) Add(v);
    }
}

/// <summary>Argument checks and copies shared by the charts' AddSeries methods.</summary>
internal static class SeriesData
{
    /// <summary>A copy of <paramref name="values"/>, which must have <paramref name="count"/> items (null → NaN).</summary>
    public static double[] Copy(IEnumerable<double?> values, int count, string series, string parameter)
    {
        ArgumentNullException.ThrowIfNull(values, parameter);
        var copy = values.Select(v => v ?? double.NaN).ToArray();
        if (copy.Length != count)
            throw new ArgumentException(
                $"Series '{series}' has {copy.Length} {parameter} but the chart has {count} x positions; give one value per position (NaN or null for a gap).",
                parameter);
        return copy;
    }

    public static double[] Copy(IEnumerable<double> values, int count, string series, string parameter)
    {
        ArgumentNullException.ThrowIfNull(values, parameter);
        return Copy(values.Select(v => (double?)v), count, series, parameter);
    }

    public static double[]? CopyOptional(IEnumerable<double>? values, int count, string series, string parameter) =>
        values is null ? null : Copy(values, count, series, parameter);

    /// <summary>Index runs [start, end] where <paramref name="include"/> holds, for gaps in lines and bands.</summary>
    public static IEnumerable<(int Start, int End)> Runs(int count, Func<int, bool> include)
    {
        var start = -1;
        for (var i = 0; i <= count; i++)
        {
            var inside = i < count && include(i);
            if (inside && start < 0) start = i;
            if (!inside && start >= 0)
            {
                yield return (start, i - 1);
                start = -1;
            }
        }
    }

    /// <summary>An SVG path through the points: "M x y L x y …".</summary>
    public static string Path(IEnumerable<(double X, double Y)> points)
    {
        var d = new System.Text.StringBuilder();
        foreach (var (x, y) in points)
        {
            d.Append(d.Length == 0 ? "M" : " L").Append(SvgCanvas.Num(x)).Append(' ').Append(SvgCanvas.Num(y));
        }
        return d.ToString();
    }
}
