using System.Reflection;
using CollectionsInsight.Domain;
using NetArchTest.Rules;

namespace CollectionsInsight.Tests.Architecture;

/// <summary>
/// Dependencies run one way (docs/architecture.md): Domain at the bottom with the IO primitives just above it; Loading
/// and Metrics above those; Modeling above Metrics; Worklists above Modeling; Synthetic on top of the library; the
/// Reporting and console assemblies above the library.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Library = typeof(CollectionHistory).Assembly;

    /// <summary>Each layer, with every namespace it may use besides its own (and .NET's).</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Domain", [] },
        { "IO", ["Domain"] },
        { "Loading", ["Domain", "IO"] },
        { "Metrics", ["Domain", "IO"] },
        { "Modeling", ["Domain", "IO", "Metrics"] },
        { "Worklists", ["Domain", "IO", "Metrics", "Modeling"] },
        { "Synthetic", ["Domain", "IO", "Loading", "Metrics", "Modeling", "Worklists"] },
    };

    private static readonly string[] AllLayers = ["Domain", "IO", "Loading", "Metrics", "Modeling", "Worklists", "Synthetic"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_UsesOnlyTheLayersBelowIt(string layer, string[] allowed)
    {
        var forbidden = AllLayers.Where(other => other != layer && !allowed.Contains(other)).Select(other => "CollectionsInsight." + other).ToArray();

        var result = Types.InAssembly(Library).That().ResideInNamespace("CollectionsInsight." + layer)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses a layer above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryLibraryType_LivesInALayer()
    {
        var outside = Library.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("CollectionsInsight", StringComparison.Ordinal))
            .Where(t => !AllLayers.Any(layer => t.Namespace!.StartsWith("CollectionsInsight." + layer, StringComparison.Ordinal)))
            .Select(t => t.FullName).ToArray();

        Assert.Empty(outside);
    }

    [Fact]
    public void Library_DoesNotReferenceReportingOrTheConsole()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.DoesNotContain("CollectionsInsight.Reporting", references);
        Assert.DoesNotContain("collections-insight", references);
    }
}
