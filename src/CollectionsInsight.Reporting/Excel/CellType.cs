namespace CollectionsInsight.Reporting.Excel;

internal enum CellType { Empty, Number, Text, Boolean }
