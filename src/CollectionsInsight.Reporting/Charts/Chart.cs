using System.Text;
using CollectionsInsight.Export;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// What the four chart kinds (<see cref="BarChart"/>, <see cref="LineChart"/>, <see cref="StepChart"/>,
/// <see cref="Histogram"/>) share: a title, axis labels, size, and self-contained SVG output.
/// </summary>
/// <remarks>
/// The SVG is deterministic (same data and settings, same bytes), uses no external fonts, styles or scripts,
/// escapes every label, and carries <c>role="img"</c> with a &lt;title&gt; and &lt;desc&gt; for screen readers.
/// A chart with nothing finite to draw renders a "No data" picture instead of throwing.
/// </remarks>
public abstract class Chart
{
    private int _width = 720;
    private int _height = 420;

    private protected Chart(string title) => Title = title ?? "";

    /// <summary>The heading drawn at the top and the SVG's accessible name.</summary>
    public string Title { get; set; }

    /// <summary>The x axis title, with its unit, e.g. "days since issue".</summary>
    public string XLabel { get; set; } = "";

    /// <summary>The y axis title, with its unit, e.g. "days" or "share unpaid".</summary>
    public string YLabel { get; set; } = "";

    /// <summary>The text for screen readers (&lt;desc&gt;); by default a summary of the series and axes.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The prefix of the element ids in the SVG (title, desc, clip path). Give one when several charts go in one
    /// HTML page and could be identical; by default it is derived from the chart's content, so it is stable.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>Width in pixels (also the viewBox width), 240 to 10,000; default 720.</summary>
    public int Width
    {
        get => _width;
        set => _width = CheckSize(value, 240);
    }

    /// <summary>Height in pixels (also the viewBox height), 180 to 10,000; default 420.</summary>
    public int Height
    {
        get => _height;
        set => _height = CheckSize(value, 180);
    }

    /// <summary>The chart as a standalone SVG document (no XML declaration, so it can also be inlined).</summary>
    public string ToSvg()
    {
        var spec = Describe();
        var id = Id is null ? ContentId(Render(spec, "chart")) : SafeId(Id);
        return Render(spec, id);
    }

    /// <summary>The chart as an HTML fragment with the SVG inline, for reports and notebook display.</summary>
    public string ToHtml() => $"<div class=\"collections-insight-chart\">\n{ToSvg()}\n</div>";

    /// <summary>Writes the SVG (UTF-8) to <paramref name="path"/> completely or not at all, through a temporary file beside it.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var svg = ToSvg();
        AtomicOutput.WriteText(path, writer => writer.Write(svg + "\n"));
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}: {Title}";

    /// <summary>The axes, legend and extent of the data; HasData false for the "No data" picture.</summary>
    internal abstract PlotSpec Describe();

    /// <summary>Draws the marks (bars, lines, bands) inside the plot area of <paramref name="frame"/>.</summary>
    internal abstract void DrawData(SvgCanvas svg, PlotFrame frame);

    /// <summary>The y axis title when <see cref="YLabel"/> is blank.</summary>
    internal virtual string DefaultYLabel => "";

    /// <summary>The y axis title drawn: <see cref="YLabel"/>, or the chart's default.</summary>
    internal string YAxisTitle => string.IsNullOrWhiteSpace(YLabel) ? DefaultYLabel : YLabel;

    /// <summary>The frame the chart would be drawn in; tests use it to map data to pixels.</summary>
    internal PlotFrame CreateFrame() => PlotFrame.Create(this, Describe());

    private string Render(PlotSpec spec, string id)
    {
        var title = string.IsNullOrWhiteSpace(Title) ? "Chart" : Title;
        var description = !string.IsNullOrWhiteSpace(Description) ? Description
            : spec.HasData ? spec.Summary
            : spec.Summary + " No data to show.";
        var svg = new SvgCanvas(Width, Height, id, title, description);
        PlotFrame.DrawTitle(svg, Title, Width);
        if (!spec.HasData)
        {
            PlotFrame.DrawNoData(svg, Title, Width, Height);
            return svg.Finish();
        }
        var frame = PlotFrame.Create(this, spec);
        frame.DrawAxes(svg, XLabel, YAxisTitle);
        frame.OpenData(svg, id);
        DrawData(svg, frame);
        svg.Close();
        frame.DrawLegend(svg);
        return svg.Finish();
    }

    private static int CheckSize(int value, int min) =>
        value >= min && value <= 10_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Chart sizes run from {min} to 10,000 pixels.");

    // An XML name from the caller's id: letters, digits, '-' and '_' kept, the rest '_'; starts with a letter.
    private static string SafeId(string id)
    {
        var safe = new StringBuilder();
        foreach (var c in id.Trim()) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return safe.Length > 0 && char.IsAsciiLetter(safe[0]) ? safe.ToString() : "c" + safe;
    }

    // FNV-1a (64 bit) of the rendering: the same chart always gets the same id, different charts almost never.
    private static string ContentId(string svg)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in svg)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return $"chart-{hash:x16}";
    }
}
