using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class BoosterTests
{
    [XGBoostFact]
    public void UpdateOneIter_NegativeMaxDepth_ThrowsWithXGBoostMessage()
    {
        var error = TrainOneRound("max_depth", "-3");

        Assert.Contains("max_depth", error.Message);
    }

    [XGBoostFact]
    public void UpdateOneIter_UnknownObjective_ThrowsWithXGBoostMessage()
    {
        var error = TrainOneRound("objective", "nonsense");

        Assert.Contains("nonsense", error.Message);
    }

    [XGBoostFact]
    public void FromJson_NotAModel_ThrowsWithXGBoostMessage()
    {
        var error = Assert.Throws<XGBoostException>(() => Booster.FromJson("""{"learner": 1}"""));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [XGBoostFact]
    public void Predict_Margin_OneValuePerRow()
    {
        var (x, labels) = LearnerTestData.Rule(50, seed: 1);
        using var data = DMatrix.Create(x);
        data.SetFloatInfo("label", labels);
        using var booster = Booster.Create(data);
        booster.SetParam("objective", "binary:logistic");
        booster.UpdateOneIter(0, data);

        var (values, shape) = booster.Predict(data, PredictionType.Margin);

        Assert.Equal([50UL], shape);
        Assert.Equal(50, values.Length);
    }

    /// <summary>XGBoost accepts any parameter when it is set and checks it at the next training call.</summary>
    private static XGBoostException TrainOneRound(string name, string value)
    {
        var (x, labels) = LearnerTestData.Rule(20, seed: 1);
        using var data = DMatrix.Create(x);
        data.SetFloatInfo("label", labels);
        using var booster = Booster.Create(data);
        booster.SetParam(name, value);
        return Assert.Throws<XGBoostException>(() => booster.UpdateOneIter(0, data));
    }
}
