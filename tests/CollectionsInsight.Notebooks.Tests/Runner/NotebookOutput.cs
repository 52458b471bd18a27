using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// Turns a displayed value into an nbformat output, the way the .NET Interactive kernel shows it:
/// a string as text; an object with a <c>ToHtml()</c> method (charts, <c>HTML(...)</c>) as that HTML;
/// a sequence as a table with a column per public property (the first <see cref="RowLimit"/> rows);
/// anything else as its <c>ToString()</c>. Every HTML output carries a text/plain alternative too.
/// Table cells are culture-invariant, with ISO dates (the kernel would use the machine's culture).
/// </summary>
public static class NotebookOutput
{
    /// <summary>Rows shown of a sequence; the .NET Interactive kernel also stops at 20.</summary>
    public const int RowLimit = 20;

    /// <summary>A display_data output, what <c>display(value)</c> produces.</summary>
    public static JsonObject DisplayData(object? value) => new()
    {
        ["data"] = Data(value),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    /// <summary>An execute_result output, what a cell ending in an expression produces.</summary>
    public static JsonObject ExecuteResult(object? value, int executionCount) => new()
    {
        ["data"] = Data(value),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    };

    private static JsonObject Data(object? value)
    {
        var (html, text) = value switch
        {
            null => (null, "<null>"),
            string s => (null, s),
            _ when HtmlOf(value) is { } markup => (markup, value.ToString() ?? ""),
            IEnumerable sequence => Table(sequence),
            _ => (null, value.ToString() ?? ""),
        };
        var data = new JsonObject();
        if (html is not null) data["text/html"] = Notebook.Lines(html);
        data["text/plain"] = Notebook.Lines(text);
        return data;
    }

    private static string? HtmlOf(object value) =>
        value.GetType().GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { ReturnType: var type } method
        && type == typeof(string)
            ? (string?)method.Invoke(value, null)
            : null;

    private static (string Html, string Text) Table(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().ToList();
        var columns = Columns(ElementType(sequence, items));
        var shown = items.Take(RowLimit).ToList();
        var header = columns.Count == 0 ? ["value"] : columns.Select(c => c.Name).ToArray();
        var rows = shown.Select(item => columns.Count == 0 ? [Cell(item)] : columns.Select(c => Cell(item is null ? null : c.GetValue(item))).ToArray()).ToList();
        var note = items.Count > shown.Count ? $"({shown.Count} of {items.Count} rows shown)" : null;
        return (HtmlTable(header, rows, note), TextTable(header, rows, note));
    }

    private static Type ElementType(IEnumerable sequence, List<object?> items)
    {
        var declared = sequence.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
        return declared is null || declared == typeof(object) || declared.IsInterface
            ? items.FirstOrDefault(i => i is not null)?.GetType() ?? typeof(object)
            : declared;
    }

    // Simple values (numbers, dates, text, enums) get a single "value" column: no property columns.
    private static IReadOnlyList<PropertyInfo> Columns(Type type) =>
        type == typeof(string) || typeof(IFormattable).IsAssignableFrom(type) || type == typeof(object)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Cell)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string HtmlTable(string[] header, List<string[]> rows, string? note)
    {
        var html = new StringBuilder("<table>\n<thead><tr>");
        foreach (var name in header) html.Append("<th>").Append(Escape(name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(Escape(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>");
        if (note is not null) html.Append("\n<p>").Append(Escape(note)).Append("</p>");
        return html.ToString();
    }

    private static string TextTable(string[] header, List<string[]> rows, string? note)
    {
        var widths = header.Select((name, i) => rows.Select(r => r[i].Length).Append(name.Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(header))
            text.Append(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
        if (note is not null) text.Append(note);
        return text.ToString().TrimEnd('\n');
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
