namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// One line of a summary sheet: a heading, or a label with a value (column B, formatted by
/// <paramref name="Kind"/>) and an optional note (column C), e.g. how a figure was computed.
/// </summary>
internal sealed record ExcelSummaryLine(string Label, object? Value = null, ExcelColumnKind Kind = ExcelColumnKind.Text, string? Note = null)
{
    /// <summary>True for a section heading (bold, preceded by a blank row); <see cref="Value"/> is ignored.</summary>
    public bool IsHeading { get; init; }

    /// <summary>A section heading.</summary>
    public static ExcelSummaryLine Heading(string text) => new(text) { IsHeading = true };
}
