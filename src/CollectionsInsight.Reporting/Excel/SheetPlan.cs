namespace CollectionsInsight.Reporting.Excel;

/// <summary>A sheet as it will be written: its final name, part number, charts, and what the charts need from it.</summary>
internal sealed class SheetPlan(ExcelSheet sheet, string name, int number)
{
    public ExcelSheet Sheet { get; } = sheet;
    public string Name { get; } = name;
    /// <summary>1-based position, also the number of its part (sheet1.xml).</summary>
    public int Number { get; } = number;
    public string QuotedName => SheetNames.Quote(Name);
    public List<ChartPlan> Charts { get; } = [];
    /// <summary>Number of the drawing part holding this sheet's charts; 0 when it has none.</summary>
    public int DrawingNumber { get; set; }
    /// <summary>Values written to columns that charts plot, in row order, filled while the sheet streams.</summary>
    public Dictionary<int, List<CellContent>> Captures { get; } = [];
    /// <summary>Data rows written (excluding the header), known once the sheet has streamed.</summary>
    public int DataRows { get; set; }
    /// <summary>Header texts as written (formula-guarded).</summary>
    public string[] Headers { get; set; } = [];
}
