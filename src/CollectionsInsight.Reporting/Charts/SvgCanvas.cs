using System.Globalization;
using System.Text;
using System.Xml;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>An SVG attribute; numbers are written invariantly with at most two decimals.</summary>
internal readonly record struct Attr(string Name, string? Value)
{
    public static implicit operator Attr((string Name, string? Value) a) => new(a.Name, a.Value);

    public static implicit operator Attr((string Name, double Value) a) => new(a.Name, SvgCanvas.Num(a.Value));
}

/// <summary>
/// Writes one SVG document through an <see cref="XmlWriter"/>, so every text and attribute is escaped;
/// text is also cleaned of characters XML cannot hold. One element a line, '\n' line ends, no randomness.
/// </summary>
internal sealed class SvgCanvas
{
    public const string Namespace = "http://www.w3.org/2000/svg";
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private readonly StringBuilder _output = new();
    private readonly XmlWriter _xml;

    /// <summary>Starts the document: the root element with size, viewBox and accessible name, then title and desc.</summary>
    public SvgCanvas(int width, int height, string id, string title, string description)
    {
        _xml = XmlWriter.Create(_output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = false,
            CheckCharacters = true,
            ConformanceLevel = ConformanceLevel.Document,
        });
        _xml.WriteStartElement("svg", Namespace);
        WriteAttributes([
            ("width", width), ("height", height), ("viewBox", $"0 0 {Num(width)} {Num(height)}"),
            ("role", "img"), ("aria-labelledby", $"{id}-title {id}-desc"), ("id", id),
            ("font-family", FontFamily), ("style", "max-width:100%;height:auto;background:#fff"),
        ]);
        NewLine();
        _xml.WriteStartElement("title", Namespace);
        _xml.WriteAttributeString("id", $"{id}-title");
        _xml.WriteString(Clean(title));
        Close();
        _xml.WriteStartElement("desc", Namespace);
        _xml.WriteAttributeString("id", $"{id}-desc");
        _xml.WriteString(Clean(description));
        Close();
        Element("rect", ("width", width), ("height", height), ("fill", "#ffffff"));
    }

    /// <summary>Opens a container element (g, defs, clipPath); <see cref="Close"/> ends it.</summary>
    public void Open(string name, params ReadOnlySpan<Attr> attributes)
    {
        _xml.WriteStartElement(name, Namespace);
        WriteAttributes(attributes);
        NewLine();
    }

    /// <summary>Ends the innermost open element.</summary>
    public void Close()
    {
        _xml.WriteEndElement();
        NewLine();
    }

    /// <summary>An empty element such as rect, line, path or circle.</summary>
    public void Element(string name, params ReadOnlySpan<Attr> attributes) => ElementWithTooltip(name, null, attributes);

    /// <summary>An element with a &lt;title&gt; child, which browsers show as a tooltip.</summary>
    public void ElementWithTooltip(string name, string? tooltip, params ReadOnlySpan<Attr> attributes)
    {
        _xml.WriteStartElement(name, Namespace);
        WriteAttributes(attributes);
        if (!string.IsNullOrEmpty(tooltip)) _xml.WriteElementString("title", Namespace, Clean(tooltip));
        Close();
    }

    /// <summary>
    /// A text element at (x, y); text wider than <paramref name="maxWidth"/> is cut with an ellipsis and the
    /// full text goes into a &lt;title&gt; tooltip.
    /// </summary>
    public void Text(double x, double y, string text, double fontSize, double maxWidth, params ReadOnlySpan<Attr> attributes)
    {
        var full = Clean(text).Trim();
        var shown = TextFit.Fit(full, maxWidth, fontSize);
        _xml.WriteStartElement("text", Namespace);
        WriteAttributes([("x", x), ("y", y), ("font-size", fontSize)]);
        WriteAttributes(attributes);
        if (shown != full) _xml.WriteElementString("title", Namespace, full);
        _xml.WriteString(shown);
        Close();
    }

    /// <summary>Ends the document and returns it.</summary>
    public string Finish()
    {
        _xml.WriteEndElement();
        _xml.Flush();
        _xml.Dispose();
        return _output.ToString();
    }

    /// <summary>A coordinate or size: invariant culture, at most two decimals, never "-0".</summary>
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0 || !double.IsFinite(rounded)) return "0";
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A data value for tooltips: invariant, grouped, up to three decimals (none from 1,000 up).</summary>
    public static string Value(double value)
    {
        if (!double.IsFinite(value)) return "n/a";
        var format = Math.Abs(value) >= 1000 ? "#,##0" : "#,##0.###";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// Text made safe for XML and one line: tabs and line breaks become spaces, characters XML cannot hold
    /// (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. Escaping itself is the writer's job.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (c is '\t' or '\n' or '\r') replacement = " ";
            else if (!XmlConvert.IsXmlChar(c)) replacement = "\uFFFD";
            if (replacement is null)
            {
                clean?.Append(c);
                continue;
            }
            clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            clean.Append(replacement);
        }
        return clean?.ToString() ?? text;
    }

    private void WriteAttributes(ReadOnlySpan<Attr> attributes)
    {
        foreach (var a in attributes)
        {
            if (a.Value is not null) _xml.WriteAttributeString(a.Name, Clean(a.Value));
        }
    }

    private void NewLine() => _xml.WriteWhitespace("\n");
}
