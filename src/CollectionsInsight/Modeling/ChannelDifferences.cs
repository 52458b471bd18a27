using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>
/// How far the held-out episodes confirm the model's predicted differences between channels, and the share of them the
/// model acts on. Where no channel matters, a model still predicts differences: the noise of its fit, which taken at
/// face value shows every customer a gain. So the doubly-robust differences between a held-out episode's reachable
/// channels are regressed on the predicted ones (through the origin, as in the calibration test of causal forests): a
/// slope of 1 confirms the differences at their size, 0 not at all. The share kept is the slope shrunk by its
/// uncertainty (positive-part James–Stein: slope − error² / slope), within <see cref="MinimumScale"/> to 1. The model's
/// probabilities, gains and choices (net of collector time) all use the differences so scaled.
/// </summary>
/// <param name="Slope">The slope of the doubly-robust differences on the predicted ones; null when the held-out episodes cannot tell (no episode with two reachable channels predicted differently).</param>
/// <param name="StandardError">The slope's standard error (robust, episode by episode); null with <paramref name="Slope"/>.</param>
/// <param name="Scale">The share of its predicted differences between channels that the model keeps.</param>
/// <param name="Episodes">The held-out episodes with at least two reachable channels, which the slope is measured on.</param>
public sealed record ChannelDifferences(double? Slope, double? StandardError, double Scale, int Episodes)
{
    /// <summary>
    /// The smallest share kept: differences the held-out episodes do not confirm shrink to almost nothing, so that
    /// collector time decides, but they keep the model's order of the channels for when nothing else does (no cost).
    /// </summary>
    public const double MinimumScale = 0.001;

    /// <summary>The slope, its error and the share kept, in words (as the model card prints them).</summary>
    public string InWords => Slope is { } slope
        ? string.Create(CultureInfo.InvariantCulture,
            $"held-out slope {slope:0.00} (standard error {StandardError:0.00}, {Episodes} episodes; 1 = confirmed at their size, 0 = noise); the model keeps {Scale:0.0%} of them")
        : $"the held-out episodes cannot tell ({Episodes} with two reachable channels); the model keeps them all";

    /// <summary>
    /// Measures the held-out <paramref name="predictions"/> against the doubly-robust <paramref name="scores"/> of the
    /// same episodes, over each episode's <paramref name="reachable"/> channels.
    /// </summary>
    internal static ChannelDifferences Of(ChannelTable<double> predictions, ChannelTable<double> scores, ChannelTable<bool> reachable)
    {
        var rows = new List<(double[] Predicted, double[] Measured)>();
        double crossed = 0, squared = 0;
        for (var i = 0; i < predictions.Rows; i++)
        {
            var channels = ChannelChoices.All.Where(t => reachable[i][t]).ToArray();
            if (channels.Length < 2) continue;
            var predicted = Centred(channels.Select(t => predictions[i, t]).ToArray());
            var measured = Centred(channels.Select(t => scores[i, t]).ToArray());
            for (var k = 0; k < channels.Length; k++)
            {
                crossed += predicted[k] * measured[k];
                squared += predicted[k] * predicted[k];
            }
            rows.Add((predicted, measured));
        }
        if (squared == 0) return new ChannelDifferences(null, null, 1, rows.Count);
        var slope = crossed / squared;
        // Sandwich variance with the episode as the unit: an episode's channels share its outcome.
        double variance = 0;
        foreach (var (predicted, measured) in rows)
        {
            double score = 0;
            for (var k = 0; k < predicted.Length; k++) score += predicted[k] * (measured[k] - slope * predicted[k]);
            variance += score * score;
        }
        var error = Math.Sqrt(variance) / squared;
        var scale = slope > 0 ? Math.Clamp(slope - error * error / slope, MinimumScale, 1) : MinimumScale;
        return new ChannelDifferences(slope, error, scale, rows.Count);
    }

    /// <summary>
    /// The predictions with each row's differences between channels multiplied by <see cref="Scale"/> around the row's
    /// mean: their order stays, and a gain over a weighted average of them (current practice) is scaled by the same
    /// share. A new table; the argument is unchanged.
    /// </summary>
    internal ChannelTable<double> Scaled(ChannelTable<double> predictions)
    {
        if (Scale == 1) return predictions;
        var scaled = new ChannelTable<double>(predictions.Rows);
        for (var i = 0; i < predictions.Rows; i++)
        {
            var row = predictions.Row(i);
            var target = scaled.Row(i);
            var mean = (row[0] + row[1] + row[2]) / 3;
            for (var k = 0; k < row.Length; k++) target[k] = mean + Scale * (row[k] - mean);
        }
        return scaled;
    }

    private static double[] Centred(double[] values)
    {
        var mean = values.Average();
        return values.Select(v => v - mean).ToArray();
    }
}
