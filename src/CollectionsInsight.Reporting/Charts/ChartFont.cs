using ScottPlot;
using SkiaSharp;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// DejaVu Sans (regular and bold), embedded in this assembly from <c>Fonts/</c> (Bitstream Vera licence,
/// <c>Fonts/LICENSE-DejaVu.txt</c>) and handed to ScottPlot ahead of the system fonts. Text is then measured and
/// drawn with the same glyphs on every machine, even one with no fonts installed, so chart bytes depend only on the data.
/// </summary>
internal sealed class ChartFont : IFontResolver
{
    public const string Name = "DejaVu Sans";

    private static readonly SKData Regular = Load("DejaVuSans.ttf");
    private static readonly SKData Bold = Load("DejaVuSans-Bold.ttf");
    private static readonly Lazy<bool> Registration = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFont());
        return true;
    });

    /// <summary>Puts the bundled font first among ScottPlot's font resolvers (once per process).</summary>
    public static void Register() => _ = Registration.Value;

    // ScottPlot caches and may dispose the typefaces it is given, so each request gets a new one over the shared bytes.
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Name ? SKTypeface.FromData(bold ? Bold : Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static SKData Load(string file)
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream($"CollectionsInsight.Reporting.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly's resources.");
        return SKData.Create(stream);
    }
}
