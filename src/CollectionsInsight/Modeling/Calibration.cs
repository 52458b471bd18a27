namespace CollectionsInsight.Modeling;

/// <summary>Probability calibration: Brier score, log loss and the area under the ROC curve.</summary>
/// <param name="Brier">The mean squared error of the probabilities.</param>
/// <param name="LogLoss">The mean negative log-likelihood.</param>
/// <param name="Auc">The area under the ROC curve; NaN when one class is absent.</param>
public sealed record Calibration(double Brier, double LogLoss, double Auc)
{
    /// <summary>The calibration of <paramref name="predicted"/> probabilities against <paramref name="actual"/> outcomes (0 or 1).</summary>
    public static Calibration Of(IReadOnlyList<double> predicted, IReadOnlyList<float> actual)
    {
        var n = predicted.Count;
        double brier = 0, logLoss = 0;
        for (var i = 0; i < n; i++)
        {
            var p = Math.Clamp(predicted[i], 1e-15, 1 - 1e-15);
            brier += (p - actual[i]) * (p - actual[i]);
            logLoss -= actual[i] > 0.5 ? Math.Log(p) : Math.Log(1 - p);
        }
        return new Calibration(brier / n, logLoss / n, AreaUnderCurve(predicted, actual));
    }

    /// <summary>Mann–Whitney form with average ranks for ties; NaN when one class is absent.</summary>
    private static double AreaUnderCurve(IReadOnlyList<double> predicted, IReadOnlyList<float> actual)
    {
        var order = Enumerable.Range(0, predicted.Count).OrderBy(i => predicted[i]).ToArray();
        var ranks = new double[order.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && predicted[order[end + 1]] == predicted[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        double positives = actual.Count(a => a > 0.5), negatives = actual.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var rankSum = Enumerable.Range(0, ranks.Length).Where(i => actual[i] > 0.5).Sum(i => ranks[i]);
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
