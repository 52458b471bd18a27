using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.IO;
using CollectionsInsight.Reporting.Report;
using ScottPlot;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// Renders a ScottPlot <see cref="Plot"/> to SVG text and PNG bytes, the same bytes for the same plot on every machine
/// (numbers in the invariant culture; the bundled font when the plot was made by <see cref="ReportPlots"/>).
/// </summary>
public static partial class PlotImages
{
    /// <summary>The default size in pixels (16:9, a slide's shape).</summary>
    public const int Width = 800;

    /// <inheritdoc cref="Width"/>
    public const int Height = 450;

    /// <summary>How many times larger than the layout a PNG is drawn by default: 1600 × 900 pixels, sharp on a slide.</summary>
    public const int PngScale = 2;

    /// <summary>
    /// The plot as an SVG element without an XML declaration, so it serves both as an .svg file and inline in HTML
    /// (e.g. <c>display(HTML(PlotImages.Svg(plot)))</c> in a notebook). It scales with its viewBox, carries
    /// <c>role="img"</c> and the plot's title for screen readers, and its ids are unique to its content, so several
    /// charts can share a page.
    /// </summary>
    public static string Svg(Plot plot, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFont.Register();
        var svg = InvariantCulture.Run(() => plot.GetSvgXml(width, height));
        return Tidy(svg, width, height, WebUtility.HtmlEncode(plot.Axes.Title.Label.Text));
    }

    /// <summary>The plot as a PNG of (<paramref name="width"/> × <paramref name="scale"/>) × (<paramref name="height"/> × <paramref name="scale"/>) pixels, laid out like the SVG of the same size.</summary>
    public static byte[] Png(Plot plot, int width = Width, int height = Height, int scale = PngScale)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ChartFont.Register();
        var previous = plot.ScaleFactor;
        plot.ScaleFactor = scale;
        try
        {
            return InvariantCulture.Run(() => plot.GetImageBytes(width * scale, height * scale, ImageFormat.Png));
        }
        finally
        {
            plot.ScaleFactor = previous;
        }
    }

    /// <summary>
    /// Writes <c><paramref name="path"/>.svg</c> and <c><paramref name="path"/>.png</c> (the default sizes), each
    /// completely or not at all; both are rendered before either is written.
    /// </summary>
    public static void Save(Plot plot, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var svg = Svg(plot);
        var png = Png(plot);
        AtomicOutput.WriteText(path + ".svg", writer => writer.Write(svg + "\n"));
        AtomicOutput.WriteFile(path + ".png", stream => stream.Write(png));
    }

    // ScottPlot's SVG starts with an XML declaration, has no viewBox and numbers its clip paths with a process-wide
    // counter in hex (cl_9, cl_a, … differ between two renders of one plot): drop the declaration, add the viewBox and
    // accessible name, and number the clip paths within the chart under a prefix taken from its content.
    private static string Tidy(string svg, int width, int height, string title)
    {
        svg = XmlDeclaration().Replace(svg, "");
        var numbers = new Dictionary<string, int>();
        svg = ClipId().Replace(svg, m =>
        {
            var number = numbers.TryGetValue(m.Groups[2].Value, out var known) ? known : numbers[m.Groups[2].Value] = numbers.Count + 1;
            return $"{m.Groups[1].Value}clip-{number}";
        });
        var prefix = "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)))[..12] + "-";
        svg = LocalClipId().Replace(svg, m => m.Groups[1].Value + prefix + "clip-");
        return RootStart().Replace(svg, m =>
            $"{m.Value[..^1]} viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>", 1);
    }

    [GeneratedRegex(@"^<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"(id=""|url\(#)cl_([0-9a-fA-F]+)")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"(id=""|url\(#)clip-")]
    private static partial Regex LocalClipId();

    [GeneratedRegex(@"<svg [^>]*>")]
    private static partial Regex RootStart();
}
