namespace CollectionsInsight.Reporting.Excel;

/// <summary>Checks the sheet and chart definitions before anything is written, and numbers the parts.</summary>
internal static class WorkbookPlan
{
    public static IReadOnlyList<SheetPlan> Create(IReadOnlyList<ExcelSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        if (sheets.Any(s => s is null)) throw new ArgumentException("The sheet list contains null.", nameof(sheets));

        var names = SheetNames.MakeUnique(sheets.Select(s => s.Name));
        var plans = sheets.Select((s, i) => new SheetPlan(s, names[i], i + 1)).ToList();

        var chartNumber = 0;
        var drawingNumber = 0;
        foreach (var host in plans)
        {
            var stacked = 0;
            foreach (var chart in host.Sheet.Charts)
            {
                if (chart is null) throw new ArgumentException($"Sheet '{host.Sheet.Name}' has a null chart.", nameof(sheets));
                var source = chart.SourceSheet is null ? host : Find(plans, chart.SourceSheet)
                    ?? throw new ArgumentException($"Chart '{chart.Title}' on sheet '{host.Sheet.Name}' reads sheet '{chart.SourceSheet}', which is not in the workbook.", nameof(sheets));
                Check(chart, source);
                var placement = chart.Placement ?? DefaultPlacement(host, stacked++);
                if (placement.Column < 0 || placement.Row < 0 || placement.Columns < 1 || placement.Rows < 1)
                    throw new ArgumentException($"Chart '{chart.Title}' has an invalid placement {placement}.", nameof(sheets));
                host.Charts.Add(new ChartPlan(chart, host, source, ++chartNumber, placement));
                foreach (var column in chart.ValueColumns.Append(chart.CategoryColumn))
                    source.Captures.TryAdd(column, []);
            }
            if (host.Charts.Count > 0) host.DrawingNumber = ++drawingNumber;
        }
        return plans;
    }

    private static SheetPlan? Find(List<SheetPlan> plans, string name) =>
        plans.FirstOrDefault(p => p.Sheet.Name == name) ?? plans.FirstOrDefault(p => p.Name == name);

    private static void Check(ExcelChart chart, SheetPlan source)
    {
        var where = $"Chart '{chart.Title}' (data on sheet '{source.Sheet.Name}')";
        if (source.Sheet.IsSummary) throw new ArgumentException($"{where}: charts read table sheets, not summary sheets.");
        if (chart.ValueColumns is null || chart.ValueColumns.Count == 0) throw new ArgumentException($"{where} needs at least one value column.");
        var count = source.Sheet.Columns.Count;
        foreach (var column in chart.ValueColumns.Append(chart.CategoryColumn))
            if (column < 0 || column >= count)
                throw new ArgumentException($"{where} uses column index {column}; the sheet has columns 0 to {count - 1}.");
        if (chart.SeriesColours is { } colours
            && (colours.Count != chart.ValueColumns.Count || !colours.All(c => c.Length == 6 && c.All(char.IsAsciiHexDigit))))
            throw new ArgumentException($"{where} needs one RRGGBB colour per value column, got {string.Join(", ", colours)}.");
    }

    private static ExcelChartPlacement DefaultPlacement(SheetPlan host, int stacked)
    {
        var column = host.Sheet.IsSummary ? 4 : host.Sheet.Columns.Count + 1;
        return new ExcelChartPlacement(column, 1 + stacked * 18);
    }
}
