using System.Globalization;

namespace CollectionsInsight.Reporting.Charts;

/// <summary>Axis ticks chosen by <see cref="NiceTicks.Create"/>: a 1-2-5 step and the values from Min to Max.</summary>
internal sealed record Ticks(double Min, double Max, double Step, IReadOnlyList<double> Values, int Decimals)
{
    /// <summary>The tick's label: invariant culture, thousands separators, as many decimals as the step needs.</summary>
    public string Label(double value) => NiceTicks.Format(value, Decimals);
}

/// <summary>
/// "Nice numbers" axis ticks (Heckbert, Graphics Gems, 1990): the step is 1, 2 or 5 times a power of ten,
/// and the axis runs from the last step at or below the data minimum to the first at or above the maximum,
/// so 0..97 gives 0, 20, …, 100 and 0..1 gives 0, 0.2, …, 1.
/// </summary>
internal static class NiceTicks
{
    private const double Slack = 1e-9;

    /// <summary>Ticks covering [min, max] with about <paramref name="target"/> values.</summary>
    public static Ticks Create(double min, double max, int target = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) (min, max) = (0, 1);
        if (min > max) (min, max) = (max, min);
        if (min == max)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }
        target = Math.Max(2, target);
        var range = max - min;
        if (!double.IsFinite(range)) return Plain(min, max);

        var (wide, wideExponent) = Nice(range, round: false);
        var (fraction, exponent) = Nice(Scale(wide, wideExponent) / (target - 1), round: true);
        var step = Scale(fraction, exponent);
        var first = Math.Floor(min / step + Slack);
        var last = Math.Ceiling(max / step - Slack);
        if (!double.IsFinite(first) || !double.IsFinite(last) || last - first > 1000) return Plain(min, max);

        var values = new List<double>();
        for (var k = first; k <= last; k++) values.Add(Scale(k * fraction, exponent));
        return new Ticks(values[0], values[^1], step, values, Math.Max(0, -exponent));
    }

    /// <summary>Formats a tick value: invariant culture, grouping, fixed <paramref name="decimals"/>, never "-0".</summary>
    public static string Format(double value, int decimals)
    {
        var rounded = Math.Round(value, Math.Min(decimals, 15));
        if (rounded == 0) rounded = 0; // drops the sign of -0
        var format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }

    // The nice number near x as (1, 2 or 5) × 10^exponent; with round: false the next one up (Heckbert's nicenum).
    private static (int Fraction, int Exponent) Nice(double x, bool round)
    {
        var exponent = (int)Math.Floor(Math.Log10(x));
        var f = x / Scale(1, exponent);
        int nice = round
            ? f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
            : f <= 1 + Slack ? 1 : f <= 2 + Slack ? 2 : f <= 5 + Slack ? 5 : 10;
        return nice == 10 ? (1, exponent + 1) : (nice, exponent);
    }

    // value × 10^exponent, dividing for negative exponents so 3 × 0.2 comes out as 0.6, not 0.6000000000000001.
    private static double Scale(double value, int exponent) =>
        exponent >= 0 ? value * Math.Pow(10, exponent) : value / Math.Pow(10, -exponent);

    private static Ticks Plain(double min, double max) => new(min, max, max - min, [min, max], 2);
}
