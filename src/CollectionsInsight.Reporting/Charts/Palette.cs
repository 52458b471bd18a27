namespace CollectionsInsight.Reporting.Charts;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette (Okabe and Ito, 2008), ordered so the first colours are the
/// most distinct on white; yellow, weakest on white, comes late. Series beyond eight repeat the colours.
/// </summary>
internal static class Palette
{
    private static readonly string[] Colors =
    [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#000000", // black
        "#F0E442", // yellow
    ];

    public static string Color(int series) => Colors[series % Colors.Length];

    public const string Text = "#333333";
    public const string Muted = "#666666";
    public const string Grid = "#e6e6e6";
    public const string Axis = "#999999";
}
