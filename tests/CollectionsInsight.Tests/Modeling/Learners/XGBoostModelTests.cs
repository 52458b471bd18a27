using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class XGBoostModelTests
{
    private static readonly LearnerOptions Fast = new() { Rounds = 30 };

    [XGBoostFact]
    public void FromJson_SavedModel_IdenticalPredictions()
    {
        var (x, labels) = LearnerTestData.Rule(300, seed: 11, missingShare: 0.1);
        using var model = (XGBoostModel)new XGBoostLearner(Objective.Binary, Fast).Fit(x, labels, null);

        var json = model.ToJson();
        using var restored = XGBoostModel.FromJson(json, threads: 1);

        Assert.StartsWith("{", json);
        Assert.Equal(model.Predict(x), restored.Predict(x));
        Assert.Equal(json, restored.ToJson());
    }

    [XGBoostTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Contributions_Binary_RowsSumToMargin(bool approximate)
    {
        var (x, labels) = LearnerTestData.Rule(200, seed: 13, missingShare: 0.2);
        using var model = (XGBoostModel)new XGBoostLearner(Objective.Binary, Fast).Fit(x, labels, null);

        var contributions = model.Contributions(x, approximate);
        using var data = DMatrix.Create(x);
        var (margins, _) = model.Booster.Predict(data, PredictionType.Margin);

        Assert.Equal(200 * (3 + 1), contributions.Length);
        for (var row = 0; row < 200; row++)
            Assert.Equal(margins[row], contributions.Skip(row * 4).Take(4).Sum(), 1e-4);
    }

    [XGBoostFact]
    public void Contributions_Multiclass_ThrowsNotSupported()
    {
        var (x, labels) = LearnerTestData.Rule(60, seed: 17);
        using var model = (XGBoostModel)new XGBoostLearner(Objective.Multiclass(2), Fast).Fit(x, labels, null);

        Assert.Throws<NotSupportedException>(() => model.Contributions(x));
    }

    [XGBoostFact]
    public void Predict_WrongColumnCount_ThrowsWithXGBoostMessage()
    {
        var (x, labels) = LearnerTestData.Rule(60, seed: 19);
        using var model = (XGBoostModel)new XGBoostLearner(Objective.Binary, Fast).Fit(x, labels, null);

        Assert.Throws<XGBoostException>(() => model.Predict(LearnerTestData.Matrix([1, 2, 3, 4])));
    }
}
