using System.Buffers.Binary;
using System.Text.RegularExpressions;
using CollectionsInsight.Reporting.Charts;
using CollectionsInsight.Reporting.Tests.Report;
using ScottPlot;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class PlotImagesTests
{
    private static Plot DaysToPay() => ReportPlots.DaysToPay(SampleReport.Content.Effectiveness);

    [Fact]
    public void Svg_SameChartTwice_SameText()
    {
        var plot = DaysToPay();

        var first = PlotImages.Svg(plot);

        Assert.Equal(first, PlotImages.Svg(plot));
        Assert.Equal(first, PlotImages.Svg(DaysToPay()));
    }

    [Fact]
    public void Png_SameChartTwice_SameBytes()
    {
        var plot = DaysToPay();

        var first = PlotImages.Png(plot);

        Assert.Equal(first, PlotImages.Png(plot));
        Assert.Equal(first, PlotImages.Png(DaysToPay()));
    }

    [Fact]
    public void Svg_AfterPng_Unchanged()
    {
        var plot = DaysToPay();
        var before = PlotImages.Svg(plot);

        PlotImages.Png(plot);

        Assert.Equal(before, PlotImages.Svg(plot));
        Assert.Equal(1, plot.ScaleFactor);
    }

    [Fact]
    public void Png_DefaultSize_IsPngOfTwiceTheLayout()
    {
        var png = PlotImages.Png(DaysToPay());

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(1600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(900, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Png_GivenSizeAndScale_HasThatManyPixels()
    {
        var png = PlotImages.Png(DaysToPay(), width: 400, height: 300, scale: 3);

        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(900, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Svg_TextIsDrawnInTheBundledFont()
    {
        var svg = PlotImages.Svg(DaysToPay());

        Assert.Matches(@"<text [^>]*>\s*Days to pay by channel mix \(episode view, paid invoices\)\s*</text>", svg);
        Assert.Matches(@"<text [^>]*>\s*days\s*</text>", svg);
        Assert.Matches(@"<text [^>]*>\s*phone\s*</text>", svg);
        Assert.Matches(@"<text [^>]*>\s*median\s*</text>", svg);
        var fonts = Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(["DejaVu Sans"], fonts);
    }

    [Fact]
    public void Svg_IsAccessibleAndScalable()
    {
        var svg = PlotImages.Svg(DaysToPay());

        Assert.StartsWith("<svg ", svg);
        Assert.Contains("viewBox=\"0 0 800 450\"", svg);
        Assert.Contains("role=\"img\" aria-label=\"Days to pay by channel mix (episode view, paid invoices)\"", svg);
        Assert.Contains("<title>Days to pay by channel mix (episode view, paid invoices)</title>", svg);
    }

    [Fact]
    public void Svg_HostileTitle_IsEscaped()
    {
        var svg = PlotImages.Svg(ReportPlots.New("<script>alert(\"x\")</script> & co", "x", "y"));

        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("aria-label=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co\"", svg);
    }

    [Fact]
    public void Svg_TwoCharts_ClipPathIdsDiffer()
    {
        var days = PlotImages.Svg(DaysToPay());
        var survival = PlotImages.Svg(ReportPlots.Survival(SampleReport.Content.Effectiveness));

        var ids = Regex.Matches(days + survival, "id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(Regex.Matches(days, @"url\(#([^)]*)\)"), m => Assert.Contains($"id=\"{m.Groups[1].Value}\"", days));
    }

    [Fact]
    public void Save_WritesSvgAndPngAndNothingElse()
    {
        using var folder = new TempFolder();
        var plot = DaysToPay();

        PlotImages.Save(plot, folder.File("days"));

        Assert.Equal(["days.png", "days.svg"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(PlotImages.Svg(plot) + "\n", File.ReadAllText(folder.File("days.svg")));
        Assert.Equal(PlotImages.Png(plot), File.ReadAllBytes(folder.File("days.png")));
    }
}
