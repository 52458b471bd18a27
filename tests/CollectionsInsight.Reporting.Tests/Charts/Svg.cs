using System.Globalization;
using System.Xml.Linq;
using CollectionsInsight.Reporting.Charts;

namespace CollectionsInsight.Reporting.Tests.Charts;

/// <summary>Parsing and querying rendered charts, shared by the chart test classes.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The chart's SVG parsed as XML; fails unless the root is an svg element in the SVG namespace.</summary>
    public static XDocument Parse(Chart chart) => Parse(chart.ToSvg());

    public static XDocument Parse(string svg)
    {
        var doc = XDocument.Parse(svg);
        Assert.Equal(Ns + "svg", doc.Root!.Name);
        return doc;
    }

    /// <summary>Elements named <paramref name="name"/> whose class is <paramref name="cls"/>.</summary>
    public static List<XElement> Marks(this XDocument doc, string name, string cls) =>
        doc.Descendants(Ns + name).Where(e => (string?)e.Attribute("class") == cls).ToList();

    public static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static bool IsNoData(this XDocument doc) => doc.Marks("text", "no-data").Count == 1;

    /// <summary>The points of a path made of "M x y" and "L x y" (and a closing "Z").</summary>
    public static List<(double X, double Y)> Points(string d)
    {
        var numbers = d.Split([' ', 'M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToList();
        return Enumerable.Range(0, numbers.Count / 2).Select(i => (numbers[2 * i], numbers[2 * i + 1])).ToList();
    }

    /// <summary>Asserts the path's points are <paramref name="expected"/>, to the 0.01 px the SVG is written with.</summary>
    public static void AssertPoints(IEnumerable<(double X, double Y)> expected, string d)
    {
        var want = expected.ToList();
        var got = Points(d);
        Assert.Equal(want.Count, got.Count);
        foreach (var (w, g) in want.Zip(got))
        {
            Assert.Equal(w.X, g.X, 0.006);
            Assert.Equal(w.Y, g.Y, 0.006);
        }
    }

    /// <summary>How many subpaths (pieces between gaps) a path has.</summary>
    public static int Subpaths(string d) => d.Count(c => c == 'M');
}

/// <summary>Small charts of each kind, with one label put everywhere a label can go.</summary>
internal static class Samples
{
    public static TheoryData<string> Kinds => new() { "bar", "line", "step", "histogram" };

    public static Chart Create(string kind, string label = "label") => kind switch
    {
        "bar" => new BarChart(label, [label, "phone"]) { XLabel = label, YLabel = label }
            .AddSeries(label, [3.5, 4.25], low: [3, 4], high: [4, 4.5]),
        "line" => new LineChart(label, [label, "Feb", "Mar"]) { XLabel = label, YLabel = label }
            .AddSeries(label, [40.0, 42.5, 39.0]),
        "step" => new StepChart(label) { XLabel = label, YLabel = label }
            .AddSeries(label, [10, 20], [0.6, 0.3], lower: [0.5, 0.2], upper: [0.7, 0.4]),
        "histogram" => new Histogram(label) { XLabel = label, YLabel = label }
            .AddSeries(label, [0.1, 0.2, 0.2, 0.7]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Chart Empty(string kind) => kind switch
    {
        "bar" => new BarChart("empty", []),
        "line" => new LineChart("empty", ["Jan"]).AddSeries("dso", [double.NaN]),
        "step" => new StepChart("empty").AddSeries("phone", [double.NaN, -1], [0.5, 0.5]),
        "histogram" => new Histogram("empty").AddSeries("phone", [double.PositiveInfinity]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
