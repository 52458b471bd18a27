namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Where a chart sits on its sheet: the zero-based column and row of its top-left cell and its size in cells.
/// </summary>
internal sealed record ExcelChartPlacement(int Column, int Row, int Columns = 8, int Rows = 16);
