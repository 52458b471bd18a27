using ScottPlot;

namespace CollectionsInsight.Reporting.Report;

/// <summary>A chart of the report and its file name without extension in <c>charts/</c> (saved as .svg and .png).</summary>
internal sealed record ReportChart(string Name, Plot Plot);
