using System.IO.Compression;
using System.Text.RegularExpressions;
using CollectionsInsight.Reporting.Report;
using Xunit.Abstractions;

namespace CollectionsInsight.Reporting.Tests.Report;

/// <summary>The HTML report as headless Chromium renders it (see <see cref="Chromium"/> for when Chromium is missing).</summary>
public class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_InChromium_EveryChartInDomAndNoConsoleMessages()
    {
        if (Chromium.Require(output) is not { } chromium) return;
        using var folder = new TempFolder();
        var charts = ReportCharts.Build(SampleReport.Content);
        HtmlReport.Write(folder.File("report.html"), SampleReport.Content, charts);

        var (exitCode, dom, log) = Chromium.Run(chromium, folder.File("report.html"), "--dump-dom", "--enable-logging=stderr", "--v=0");

        Assert.Equal(0, exitCode);
        foreach (var chart in charts)
            Assert.Contains($"<title>{System.Net.WebUtility.HtmlEncode(chart.Plot.Axes.Title.Label.Text)}</title>", dom);
        Assert.Equal(charts.Count, Regex.Count(dom, "<svg "));
        Assert.DoesNotContain(log.Split('\n'), line => line.Contains(":CONSOLE", StringComparison.Ordinal));
    }

    [Fact]
    public void Screenshot_InChromium_IsNotBlank()
    {
        if (Chromium.Require(output) is not { } chromium) return;
        using var folder = new TempFolder();
        HtmlReport.Write(folder.File("report.html"), SampleReport.Content);

        var (exitCode, _, _) = Chromium.Run(chromium, folder.File("report.html"), $"--screenshot={folder.File("shot.png")}", "--window-size=1000,1400");

        Assert.Equal(0, exitCode);
        var pixels = PngPixelBytes(File.ReadAllBytes(folder.File("shot.png")));
        var nonWhite = pixels.Count(b => b < 0xF0);
        output.WriteLine($"{pixels.Length:N0} pixel bytes, {nonWhite:N0} darker than near-white");
        Assert.True(nonWhite > pixels.Length / 200, "the screenshot is (nearly) all white");
    }

    [Fact]
    public void Render_InChromiumAt1000Pixels_EveryTableFitsTheContentColumn()
    {
        if (Chromium.Require(output) is not { } chromium) return;
        using var folder = new TempFolder();
        // A measuring script added for the test only: the report itself runs none.
        const string measure = """
            <script>document.body.setAttribute("data-widths", Array.from(document.querySelectorAll("table"),
              t => Math.ceil(t.getBoundingClientRect().right) + ":" + (t.previousElementSibling?.textContent ?? "").slice(0, 30)).join("|")
              + "|" + Math.floor(document.body.getBoundingClientRect().right - parseFloat(getComputedStyle(document.body).paddingRight)) + ":content");</script>
            """;
        File.WriteAllText(folder.File("report.html"), HtmlReport.Render(SampleReport.Content, []).Replace("</body>", measure + "</body>", StringComparison.Ordinal));

        var (exitCode, dom, _) = Chromium.Run(chromium, folder.File("report.html"), "--dump-dom", "--window-size=1000,1400");

        Assert.Equal(0, exitCode);
        var widths = Regex.Match(dom, "data-widths=\"([^\"]*)\"").Groups[1].Value.Split('|').Select(w => w.Split(':', 2)).ToArray();
        var content = int.Parse(widths[^1][0], System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine(string.Join("\n", widths.Select(w => $"{w[0]} {w[1]}")));
        Assert.All(widths[..^1], w => Assert.True(int.Parse(w[0], System.Globalization.CultureInfo.InvariantCulture) <= content, $"the table after '{w[1]}' ends at {w[0]} px, past the content's {content}"));
    }

    [Fact]
    public void Render_InChromiumAt1000Pixels_NoHeadingOrCellBreaksInsideAWord()
    {
        if (Chromium.Require(output) is not { } chromium) return;
        using var folder = new TempFolder();
        // A measuring script added for the test only: every word of every table heading and cell that the browser laid
        // out on more than one line. A line may end after a hyphen, as in "Runner-up", and at the report's own break
        // points (<wbr>, which ends a text node), as after the @ of an email address or the _ of a word such as call_and_email.
        const string measure = """
            <script>const broken = [];
              for (const cell of document.querySelectorAll("th, td")) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                  for (const m of text.data.matchAll(/[^\s-]+/g)) {
                    const range = document.createRange();
                    range.setStart(text, m.index);
                    range.setEnd(text, m.index + m[0].length);
                    if (range.getClientRects().length > 1) broken.push(m[0]);
                  }
                }
              }
              document.body.setAttribute("data-broken", [...broken, document.querySelectorAll("th, td").length].join("|"));</script>
            """;
        File.WriteAllText(folder.File("report.html"), HtmlReport.Render(SampleReport.Content, []).Replace("</body>", measure + "</body>", StringComparison.Ordinal));

        var (exitCode, dom, _) = Chromium.Run(chromium, folder.File("report.html"), "--dump-dom", "--window-size=1000,1400");

        Assert.Equal(0, exitCode);
        var measured = Regex.Match(dom, "data-broken=\"([^\"]*)\"").Groups[1].Value.Split('|');
        Assert.True(int.Parse(measured[^1], System.Globalization.CultureInfo.InvariantCulture) > 200, "the report has fewer cells than the test expects");
        Assert.Empty(measured[..^1]);
    }

    /// <summary>The colour bytes of an 8-bit RGB or RGBA PNG (alpha dropped), unfiltered row by row as the PNG spec says.</summary>
    private static byte[] PngPixelBytes(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BigEndian(png, at);
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IHDR")
            {
                (width, height) = (BigEndian(png, at + 8), BigEndian(png, at + 12));
                Assert.Equal(8, png[at + 16]);
                channels = png[at + 17] switch { 2 => 3, 6 => 4, var other => throw new NotSupportedException($"PNG colour type {other}") };
            }
            if (type == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var data = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int raw = data[y * (stride + 1) + 1 + x];
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                pixels[y * stride + x] = (byte)(raw + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Paeth(a, b, c),
                });
            }
        }
        return channels == 3 ? pixels : pixels.Where((_, i) => i % 4 != 3).ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
