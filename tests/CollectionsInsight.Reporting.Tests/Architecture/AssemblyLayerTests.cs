using CollectionsInsight.Reporting.Report;

namespace CollectionsInsight.Reporting.Tests.Architecture;

/// <summary>Reporting sits on the library and below the console (docs/architecture.md).</summary>
public class AssemblyLayerTests
{
    [Fact]
    public void Reporting_ReferencesTheLibraryButNotTheConsole()
    {
        var references = typeof(ReportBundle).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("CollectionsInsight", references);
        Assert.DoesNotContain("collections-insight", references);
    }
}
