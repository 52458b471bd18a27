using System.Xml.Linq;
using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

/// <summary>What every chart kind promises: well-formed, accessible, deterministic, escaped, self-contained SVG.</summary>
public class ChartTests
{
    private const string Hostile = "<script>alert(1)</script> a & b \"q\" 'x'";

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_AnyKind_WellFormedWithSizeAndViewBox(string kind)
    {
        var chart = Samples.Create(kind);
        chart.Width = 800;
        chart.Height = 300;

        var root = Svg.Parse(chart).Root!;

        Assert.Equal("800", (string?)root.Attribute("width"));
        Assert.Equal("300", (string?)root.Attribute("height"));
        Assert.Equal("0 0 800 300", (string?)root.Attribute("viewBox"));
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_AnyKind_TitleAndDescNameTheImage(string kind)
    {
        var doc = Svg.Parse(Samples.Create(kind, "Days to pay"));
        var root = doc.Root!;

        Assert.Equal("img", (string?)root.Attribute("role"));
        var ids = ((string)root.Attribute("aria-labelledby")!).Split(' ');
        var labelled = ids.Select(id => doc.Descendants().Single(e => (string?)e.Attribute("id") == id)).ToList();
        Assert.Equal([Svg.Ns + "title", Svg.Ns + "desc"], labelled.Select(e => e.Name));
        Assert.Equal("Days to pay", labelled[0].Value);
        Assert.False(string.IsNullOrWhiteSpace(labelled[1].Value));
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_TwoRendersOfEqualCharts_SameBytes(string kind)
    {
        Assert.Equal(Samples.Create(kind).ToSvg(), Samples.Create(kind).ToSvg());
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_HostileLabels_EscapedAndPreservedAsText(string kind)
    {
        var svg = Samples.Create(kind, Hostile).ToSvg();
        var doc = Svg.Parse(svg);

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", svg);
        Assert.Equal(Hostile, doc.Root!.Element(Svg.Ns + "title")!.Value);
        Assert.Contains(doc.Descendants(Svg.Ns + "text"), t => t.Value == Hostile); // the drawn title, as text
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_ControlCharactersInLabels_StillWellFormed(string kind)
    {
        var doc = Svg.Parse(Samples.Create(kind, "bad\u0001label\uFFFF\ud800 \n end"));

        Assert.StartsWith("bad\uFFFDlabel", doc.Root!.Element(Svg.Ns + "title")!.Value);
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_AnyKind_NoExternalReferences(string kind)
    {
        var svg = Samples.Create(kind).ToSvg();
        var doc = Svg.Parse(svg);

        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName == "href");
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "style" or "script" or "image" or "foreignObject");
        Assert.DoesNotContain("@import", svg);
        Assert.Equal(1, svg.Split("http").Length - 1); // only the SVG namespace
        Assert.All(doc.Descendants().Attributes().Where(a => a.Value.Contains("url(")), a => Assert.StartsWith("url(#", a.Value));
    }

    [Theory]
    [MemberData(nameof(Samples.Kinds), MemberType = typeof(Samples))]
    public void ToSvg_NothingFinite_NoDataPicture(string kind)
    {
        var doc = Svg.Parse(Samples.Empty(kind));

        Assert.True(doc.IsNoData());
        Assert.Equal("No data", doc.Marks("text", "no-data").Single().Value);
        Assert.EndsWith("No data to show.", doc.Root!.Element(Svg.Ns + "desc")!.Value);
    }

    [Fact]
    public void ToSvg_Description_SummarizesSeriesAndAxesUnlessGiven()
    {
        var chart = new BarChart("Days to pay", ["phone", "email"]) { YLabel = "days" }.AddSeries("mean", [30, 28]);

        Assert.Equal("Bar chart, 2 categories (phone, email), 1 series (mean); y axis: days.", Desc(chart));
        chart.Description = "Phone invoices are paid two days later than email ones.";
        Assert.Equal(chart.Description, Desc(chart));
    }

    private static string Desc(Chart chart) => Svg.Parse(chart).Root!.Element(Svg.Ns + "desc")!.Value;

    [Fact]
    public void ToSvg_VeryLongTitle_CutWithEllipsisAndFullTextInTooltip()
    {
        var title = string.Concat(Enumerable.Repeat("Days to pay by channel mix ", 10));
        var doc = Svg.Parse(new LineChart(title, ["Jan"]).AddSeries("dso", [40.0]));

        var drawn = doc.Marks("text", "chart-title").Single();
        Assert.EndsWith("\u2026", drawn.Nodes().OfType<XText>().Single().Value);
        Assert.Equal(title.Trim(), drawn.Element(Svg.Ns + "title")!.Value);
    }

    [Fact]
    public void ToSvg_ContentDerivedIds_DifferBetweenDifferentCharts()
    {
        var one = Svg.Parse(Samples.Create("bar", "one")).Root!;
        var two = Svg.Parse(Samples.Create("bar", "two")).Root!;

        Assert.NotEqual((string?)one.Attribute("id"), (string?)two.Attribute("id"));
    }

    [Fact]
    public void ToSvg_GivenId_SanitizedAndUsedForAllIds()
    {
        var chart = Samples.Create("line");
        chart.Id = "dso chart\" onload=\"x";

        var doc = Svg.Parse(chart);

        var ids = doc.Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.All(ids, id => Assert.StartsWith("dso_chart__onload__x", id));
        Assert.Contains("dso_chart__onload__x-title", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void ToHtml_AnyChart_InlinesTheSvg()
    {
        var chart = Samples.Create("bar");

        var html = XDocument.Parse(chart.ToHtml());

        Assert.Equal("div", html.Root!.Name.LocalName);
        Assert.Equal(Svg.Ns + "svg", html.Root.Elements().Single().Name);
        Assert.Contains(chart.ToSvg(), chart.ToHtml());
    }

    [Fact]
    public void Save_NewFolder_WritesCompleteFileAndNoTemporaries()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ci-charts-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "dtp.svg");
        try
        {
            var chart = Samples.Create("step");
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.GetDirectoryName(path)!).FullName, "dtp.svg"), "old");

            chart.Save(path);

            var written = File.ReadAllText(path);
            Assert.Equal(chart.ToSvg() + "\n", written);
            Svg.Parse(written);
            Assert.Equal(["dtp.svg"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(20_000)]
    public void Width_OutOfRange_Throws(int width)
    {
        var chart = Samples.Create("bar");

        Assert.Throws<ArgumentOutOfRangeException>(() => chart.Width = width);
    }
}
