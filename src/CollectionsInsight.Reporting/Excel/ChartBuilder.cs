using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace CollectionsInsight.Reporting.Excel;

/// <summary>
/// Builds native chart parts (c:chartSpace with c:barChart or c:lineChart) and the drawing that anchors them.
/// Series reference the source sheet's cells and carry cached values captured while the sheet streamed.
/// </summary>
internal static class ChartBuilder
{
    private const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string SpreadsheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private const uint CategoryAxisId = 50010;
    private const uint ValueAxisId = 50020;

    /// <summary>A colour-blind-friendly palette (Okabe–Ito), cycled over series.</summary>
    private static readonly string[] Palette = ["0072B2", "E69F00", "009E73", "D55E00", "56B4E9", "CC79A7", "F0E442", "000000"];

    public static C.ChartSpace Build(ChartPlan plan)
    {
        var chart = plan.Chart;
        var source = plan.Source;
        var columns = source.Sheet.Columns;
        var lastRow = Math.Max(2, source.DataRows + 1);
        string Range(int column) => $"{source.QuotedName}!${SheetStreamer.ColumnLetters(column)}$2:${SheetStreamer.ColumnLetters(column)}${lastRow}";

        var categoryValues = source.Captures[chart.CategoryColumn];
        var category = columns[chart.CategoryColumn];
        var categoryFormat = StyleRegistry.FormatCode(category.Kind, category.NumberFormat);
        var textCategories = category.Kind == ExcelColumnKind.Text || categoryValues.Any(v => v.Type == CellType.Text);

        var series = new List<OpenXmlCompositeElement>();
        for (var i = 0; i < chart.ValueColumns.Count; i++)
        {
            var column = chart.ValueColumns[i];
            var colour = chart.SeriesColours?[i] ?? Palette[i % Palette.Length];
            var letters = SheetStreamer.ColumnLetters(column);
            var name = new C.SeriesText(new C.StringReference(
                new C.Formula($"{source.QuotedName}!${letters}$1"),
                new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(source.Headers[column])) { Index = 0 })));
            var categories = new C.CategoryAxisData(textCategories
                ? StringReference(Range(chart.CategoryColumn), categoryValues)
                : NumberReference(Range(chart.CategoryColumn), categoryValues, categoryFormat));
            var valueFormat = StyleRegistry.FormatCode(columns[column].Kind, columns[column].NumberFormat);
            var values = new C.Values(NumberReference(Range(column), source.Captures[column], valueFormat));

            if (chart.Kind == ExcelChartKind.Line)
            {
                series.Add(new C.LineChartSeries(
                    new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, name,
                    new C.ChartShapeProperties(new A.Outline(Fill(colour)) { Width = 28575, CapType = A.LineCapValues.Round }),
                    new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 },
                        new C.ChartShapeProperties(Fill(colour), new A.Outline(Fill(colour)))),
                    categories, values, new C.Smooth { Val = false }));
            }
            else
            {
                series.Add(new C.BarChartSeries(
                    new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, name,
                    new C.ChartShapeProperties(Fill(colour)),
                    new C.InvertIfNegative { Val = false },
                    categories, values));
            }
        }

        OpenXmlCompositeElement plot;
        if (chart.Kind == ExcelChartKind.Line)
        {
            plot = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            plot.Append(series);
            plot.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        }
        else
        {
            var direction = chart.Kind == ExcelChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column;
            var stacked = chart.Kind == ExcelChartKind.StackedColumn;
            plot = new C.BarChart(new C.BarDirection { Val = direction },
                new C.BarGrouping { Val = stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false });
            plot.Append(series);
            plot.Append(new C.GapWidth { Val = 80 });
            // A stacked chart's series must overlap fully, or each stack is drawn beside the next.
            if (stacked) plot.Append(new C.Overlap { Val = 100 });
            plot.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        }

        var horizontal = chart.Kind == ExcelChartKind.Bar;
        var firstValue = columns[chart.ValueColumns[0]];
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom });
        if (chart.CategoryAxisTitle is { } categoryTitle) categoryAxis.Append(Title(categoryTitle, 1000, vertical: horizontal));
        categoryAxis.Append(
            new C.NumberingFormat { FormatCode = categoryFormat, SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(Fill("D9D9D9")) { Width = 9525 })));
        if (chart.ValueAxisTitle is { } valueTitle) valueAxis.Append(Title(valueTitle, 1000, vertical: !horizontal));
        valueAxis.Append(
            new C.NumberingFormat { FormatCode = StyleRegistry.FormatCode(firstValue.Kind, firstValue.NumberFormat), SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        var body = new C.Chart(
            Title(chart.Title, 1400, vertical: false),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), plot, categoryAxis, valueAxis),
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(new C.Date1904 { Val = false }, new C.RoundedCorners { Val = false }, body);
        space.AddNamespaceDeclaration("c", ChartNamespace);
        space.AddNamespaceDeclaration("a", DrawingNamespace);
        space.AddNamespaceDeclaration("r", PackageWriter.RelationshipNamespace);
        return space;
    }

    /// <summary>The drawing of a sheet: one two-cell anchor with a graphic frame per chart; chart i is relationship rId{i+1}.</summary>
    public static Xdr.WorksheetDrawing BuildDrawing(IReadOnlyList<ChartPlan> charts)
    {
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", SpreadsheetDrawingNamespace);
        drawing.AddNamespaceDeclaration("a", DrawingNamespace);
        drawing.AddNamespaceDeclaration("c", ChartNamespace);
        drawing.AddNamespaceDeclaration("r", PackageWriter.RelationshipNamespace);
        for (var i = 0; i < charts.Count; i++)
        {
            var p = charts[i].Placement;
            drawing.Append(new Xdr.TwoCellAnchor(
                Marker(new Xdr.FromMarker(), p.Column, p.Row),
                Marker(new Xdr.ToMarker(), p.Column + p.Columns, p.Row + p.Rows),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = Clean($"Chart {i + 1} {charts[i].Chart.Title}") },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = $"rId{i + 1}" }) { Uri = ChartNamespace }))
                { Macro = "" },
                new Xdr.ClientData())
            { EditAs = Xdr.EditAsValues.OneCell });
        }
        return drawing;
    }

    private static T Marker<T>(T marker, int column, int row) where T : OpenXmlCompositeElement
    {
        var inv = CultureInfo.InvariantCulture;
        marker.Append(new Xdr.ColumnId(column.ToString(inv)), new Xdr.ColumnOffset("0"), new Xdr.RowId(row.ToString(inv)), new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.StringReference StringReference(string formula, List<CellContent> cells)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)cells.Count });
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Type != CellType.Empty)
                cache.Append(new C.StringPoint(new C.NumericValue(cells[i].Text)) { Index = (uint)i });
        return new C.StringReference(new C.Formula(formula), cache);
    }

    private static C.NumberReference NumberReference(string formula, List<CellContent> cells, string formatCode)
    {
        var cache = new C.NumberingCache(new C.FormatCode(formatCode), new C.PointCount { Val = (uint)cells.Count });
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Type is CellType.Number or CellType.Boolean)
                cache.Append(new C.NumericPoint(new C.NumericValue(cells[i].Text)) { Index = (uint)i });
        return new C.NumberReference(new C.Formula(formula), cache);
    }

    private static A.SolidFill Fill(string rgb) => new(new A.RgbColorModelHex { Val = rgb });

    private static C.Title Title(string text, int size, bool vertical) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties { Rotation = vertical ? -5400000 : 0, Vertical = A.TextVerticalValues.Horizontal },
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = true }),
                new A.Run(new A.RunProperties { Language = "en-US", FontSize = size, Bold = true }, new A.Text(Clean(text)))))),
        new C.Overlay { Val = false });

    private static string Clean(string text) => CellText.Sanitise(text ?? "");
}
