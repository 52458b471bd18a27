using CollectionsInsight.Modeling;

namespace CollectionsInsight.Tests.Modeling;

public class CalibrationTests
{
    [Fact]
    public void Of_TextbookCase_BrierLogLossAndAuc()
    {
        // Of the four positive/negative pairs, three are ordered correctly: AUC 0.75.
        var calibration = Calibration.Of([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);

        Assert.Equal(0.75, calibration.Auc, 12);
        Assert.Equal((0.01 + 0.16 + 0.4225 + 0.04) / 4, calibration.Brier, 12);
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.6) + Math.Log(0.35) + Math.Log(0.8)) / 4, calibration.LogLoss, 12);
    }

    [Fact]
    public void Of_TiedScores_CountHalf()
    {
        Assert.Equal(0.5, Calibration.Of([0.5, 0.5], [0, 1]).Auc, 12);
    }
}
