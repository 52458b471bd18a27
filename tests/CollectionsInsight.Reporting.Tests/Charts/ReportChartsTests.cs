using CollectionsInsight.Reporting.Report;
using CollectionsInsight.Reporting.Tests.Report;

namespace CollectionsInsight.Reporting.Tests.Charts;

public class ReportChartsTests
{
    [Fact]
    public void Save_Sample_SvgAndPngPerChart()
    {
        using var folder = new TempFolder();
        var charts = ReportCharts.Build(SampleReport.Content);

        ReportCharts.Save(folder.File("charts"), charts);

        Assert.Equal(["days-to-pay-by-mix", "dso-by-mix", "survival-by-mix", "ar-aging-by-mix", "ar-past-due-by-month", "policy-values", "propensity-overlap"], charts.Select(c => c.Name));
        Assert.Equal(charts.SelectMany(c => new[] { c.Name + ".png", c.Name + ".svg" }).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder.File("charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Save_SampleTwice_SameBytes()
    {
        using var folder = new TempFolder();

        ReportCharts.Save(folder.File("first"), ReportCharts.Build(SampleReport.Content));
        ReportCharts.Save(folder.File("second"), ReportCharts.Build(SampleReport.Content));

        foreach (var file in Directory.GetFiles(folder.File("first")))
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(folder.File("second"), Path.GetFileName(file)))), $"{Path.GetFileName(file)} differs");
    }

    [Fact]
    public void Build_WithoutModel_NoModelCharts()
    {
        var charts = ReportCharts.Build(SampleReport.Content with { Model = null });

        Assert.Equal(["days-to-pay-by-mix", "dso-by-mix", "survival-by-mix", "ar-aging-by-mix", "ar-past-due-by-month"], charts.Select(c => c.Name));
    }
}
