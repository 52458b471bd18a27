using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;

namespace CollectionsInsight.Tests.Modeling;

public class ChannelDifferencesTests
{
    /// <summary>Two episodes' predictions and doubly-robust scores (phone, email, both each), every channel reachable unless said.</summary>
    private static ChannelDifferences Measure(double[] predictions, double[] scores, bool[]? reachable = null) =>
        ChannelDifferences.Of(new ChannelTable<double>(predictions), new ChannelTable<double>(scores),
            new ChannelTable<bool>(reachable ?? [true, true, true, true, true, true]));

    [Fact]
    public void Of_HandWorkedExample_SlopeErrorAndShrunkScale()
    {
        // Both episodes predict phone 0.1 below the mean and both 0.1 above. The first episode's doubly-robust
        // differences are twice that, the second's are none: slope (2 + 0) / 2 = 1. Per episode, the predicted
        // differences times the residuals sum to +0.02 and -0.02, so the error is sqrt(2 × 0.02²) / 0.04 = 1/√2,
        // and the scale 1 - (1/√2)² / 1 = 0.5.
        var differences = Measure([0.4, 0.5, 0.6, 0.4, 0.5, 0.6], [0.3, 0.5, 0.7, 0.5, 0.5, 0.5]);

        Assert.Equal(1, differences.Slope!.Value, 12);
        Assert.Equal(Math.Sqrt(0.5), differences.StandardError!.Value, 12);
        Assert.Equal(0.5, differences.Scale, 12);
        Assert.Equal(2, differences.Episodes);
    }

    [Fact]
    public void Of_MeasuredDifferencesLargerThanPredicted_KeepsThemAllButNeverEnlarges()
    {
        var differences = Measure([0.4, 0.5, 0.6, 0.6, 0.5, 0.4], [0.3, 0.5, 0.7, 0.7, 0.5, 0.3]);

        Assert.Equal(2, differences.Slope!.Value, 12);
        Assert.Equal(0, differences.StandardError!.Value, 12);
        Assert.Equal(1, differences.Scale);
    }

    [Fact]
    public void Of_MeasuredDifferencesOpposeThePredicted_MinimumScale()
    {
        var differences = Measure([0.4, 0.5, 0.6, 0.4, 0.5, 0.6], [0.6, 0.5, 0.4, 0.5, 0.5, 0.5]);

        Assert.True(differences.Slope < 0);
        Assert.Equal(ChannelDifferences.MinimumScale, differences.Scale);
    }

    [Fact]
    public void Of_OnlyReachableChannels_AreCompared()
    {
        // Episode 1 can be reached by email alone: nothing to compare. Episode 2 lacks a phone number: only email
        // against both, whose measured difference is the predicted one; its phone value would say the opposite.
        var differences = Measure([0.9, 0.1, 0.5, 0.1, 0.4, 0.6], [0.0, 0.9, 0.1, 0.9, 0.4, 0.6], [false, true, false, false, true, true]);

        Assert.Equal(1, differences.Episodes);
        Assert.Equal(1, differences.Slope!.Value, 12);
        Assert.Equal(1, differences.Scale);
    }

    [Fact]
    public void Of_NoPredictedDifferences_CannotTellAndKeepsThem()
    {
        var differences = Measure([0.5, 0.5, 0.5, 0.25, 0.25, 0.25], [0.3, 0.5, 0.7, 0.5, 0.5, 0.5]);

        Assert.Null(differences.Slope);
        Assert.Null(differences.StandardError);
        Assert.Equal(1, differences.Scale);
    }

    [Fact]
    public void Scaled_ShrinksEachRowsDifferencesAroundItsMeanAndKeepsTheOrder()
    {
        var predictions = new ChannelTable<double>([0.2, 0.5, 0.8, 0.9, 0.3, 0.6]);

        var scaled = new ChannelDifferences(0.5, 0.5, 0.5, 2).Scaled(predictions);

        Assert.Equal([0.35, 0.5, 0.65, 0.75, 0.45, 0.6], scaled.Values, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.2, 0.5, 0.8, 0.9, 0.3, 0.6], predictions.Values);
    }

    [Fact]
    public void Scaled_ScaleOne_SameTable()
    {
        var predictions = new ChannelTable<double>([0.2, 0.5, 0.8]);

        Assert.Same(predictions.Values, new ChannelDifferences(1.2, 0.1, 1, 1).Scaled(predictions).Values);
    }
}
