namespace CollectionsInsight.Reporting.Excel;

/// <summary>The type of a native Excel chart.</summary>
internal enum ExcelChartKind
{
    /// <summary>Clustered vertical bars.</summary>
    Column,
    /// <summary>Clustered horizontal bars.</summary>
    Bar,
    /// <summary>Lines with markers.</summary>
    Line,
    /// <summary>Vertical bars, each category's series stacked on one another.</summary>
    StackedColumn,
}
