namespace CollectionsInsight.Reporting.Excel;

/// <summary>A chart as it will be written: where it sits, which sheet it reads, its part number.</summary>
internal sealed class ChartPlan(ExcelChart chart, SheetPlan host, SheetPlan source, int number, ExcelChartPlacement placement)
{
    public ExcelChart Chart { get; } = chart;
    public SheetPlan Host { get; } = host;
    public SheetPlan Source { get; } = source;
    /// <summary>Workbook-wide number of the chart part (chart1.xml).</summary>
    public int Number { get; } = number;
    public ExcelChartPlacement Placement { get; } = placement;
}
