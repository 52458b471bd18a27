using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;

namespace CollectionsInsight.Tests.Modeling;

public class DoublyRobustTests
{
    // Row 0: phone, paid; row 1: email, not paid.
    private static readonly ChannelMix[] Treatments = [ChannelMix.Phone, ChannelMix.Email];
    private static readonly float[] Outcomes = [1, 0];
    private static readonly ChannelTable<double> Propensities = new([0.5, 0.25, 0.25, 0.2, 0.4, 0.4]);
    private static readonly ChannelTable<double> Predictions = new([0.6, 0.4, 0.5, 0.3, 0.5, 0.2]);

    [Fact]
    public void Scores_TinyCase_MatchesHandComputation()
    {
        var scores = DoublyRobust.Scores(Treatments, Outcomes, Propensities, Predictions, clip: 0.02);

        // Γ = μ + 1{T = t}(Y − μ)/e: 0.6 + 0.4/0.5 = 1.4 and 0.5 − 0.5/0.4 = −0.75; the other channels keep μ.
        double[] expected = [1.4, 0.4, 0.5, 0.3, -0.75, 0.2];
        for (var k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], scores.Values[k], 12);
    }

    [Fact]
    public void Value_TinyCase_MeanOfChosenScoresWithNormalInterval()
    {
        var scores = DoublyRobust.Scores(Treatments, Outcomes, Propensities, Predictions, clip: 0.02);

        var alwaysPhone = DoublyRobust.Value("always phone", scores, [ChannelMix.Phone, ChannelMix.Phone]);
        var asObserved = DoublyRobust.Value("observed", scores, Treatments);

        Assert.Equal((1.4 + 0.3) / 2, alwaysPhone.Value, 12);
        Assert.Equal((1.4 - 0.75) / 2, asObserved.Value, 12);
        // Sample sd of (1.4, −0.75) is 2.15/√2; the standard error divides by √2 again: 0.325 ± 2.107, kept within [0, 1].
        Assert.Equal((0.0, 1.0), (asObserved.Low, asObserved.High));
    }

    [Fact]
    public void Estimate_NormalInterval_KeptWithinTheRange()
    {
        var wide = DoublyRobust.Estimate("wide", [1.4, -0.75], (-10, 10));
        var clipped = DoublyRobust.Estimate("clipped", [1.4, 1.2], DoublyRobust.Probability);

        Assert.Equal(0.325 - 1.959964 * 2.15 / 2, wide.Low, 5);
        Assert.Equal(0.325 + 1.959964 * 2.15 / 2, wide.High, 5);
        Assert.Equal((1.0, 1.0, 1.0), (clipped.Value, clipped.Low, clipped.High));
    }

    [Fact]
    public void Scores_PropensityBelowClip_WeightedAsTheClip()
    {
        var scores = DoublyRobust.Scores([ChannelMix.Phone], [1], new([0.001, 0.5, 0.499]), new([0.5, 0.5, 0.5]), clip: 0.02);

        Assert.Equal(0.5 + 0.5 / 0.02, scores[0, ChannelMix.Phone], 9);
    }

    [Fact]
    public void Scores_MismatchedRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => DoublyRobust.Scores(Treatments, [1], Propensities, Predictions, 0.02));
    }
}
