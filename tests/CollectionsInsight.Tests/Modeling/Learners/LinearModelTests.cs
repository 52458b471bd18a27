using System.Text.Json;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class LinearModelTests
{
    [Fact]
    public void FromJson_SavedModel_IdenticalPredictionsAndJson()
    {
        var (x, labels) = LearnerTestData.Rule(100, seed: 2, missingShare: 0.2);
        var model = new LinearLearner(Objective.Binary, new LearnerOptions()).Fit(x, labels, null);

        var json = model.ToJson();
        var restored = LinearModel.FromJson(json);

        Assert.Equal(model.Predict(x), restored.Predict(x));
        Assert.Equal(json, restored.ToJson());
    }

    [Fact]
    public void FromJson_Multiclass_KeepsTheClassCount()
    {
        var (x, labels) = LearnerTestData.Rule(60, seed: 4);
        var model = new LinearLearner(Objective.Multiclass(2), new LearnerOptions()).Fit(x, labels, null);

        var restored = LinearModel.FromJson(model.ToJson());

        Assert.Equal(model.Predict(x), restored.Predict(x));
        Assert.Contains("\"objective\":\"multiclass\"", model.ToJson());
    }

    [Fact]
    public void FromJson_ArraysDoNotMatchColumns_ThrowsJsonException()
    {
        var (x, labels) = LearnerTestData.Rule(30, seed: 6);
        var json = new LinearLearner(Objective.Regression, new LearnerOptions()).Fit(x, labels, null).ToJson();

        Assert.Throws<JsonException>(() => LinearModel.FromJson(json.Replace("\"columns\":[\"x0\",", "\"columns\":[")));
    }

    [Fact]
    public void Contributions_Binary_RowsSumToLogOdds()
    {
        var (x, labels) = LearnerTestData.Rule(100, seed: 8, missingShare: 0.2);
        var model = new LinearLearner(Objective.Binary, new LearnerOptions()).Fit(x, labels, null);

        var contributions = model.Contributions(x);
        var p = model.Predict(x);

        Assert.Equal(100 * 4, contributions.Length);
        for (var row = 0; row < 100; row++)
            Assert.Equal(Math.Log(p[row] / (1 - p[row])), contributions.Skip(row * 4).Take(4).Sum(), 1e-9);
    }

    [Fact]
    public void Contributions_Regression_MeanRowIsAllBias()
    {
        var x = LearnerTestData.Matrix([1, 10], [3, 30], [2, 20]);
        var model = new LinearLearner(Objective.Regression, new LearnerOptions()).Fit(x, [1, 5, 3], null);

        var contributions = model.Contributions(LearnerTestData.Matrix([2, float.NaN]));

        Assert.Equal(0, contributions[0], 1e-12);
        Assert.Equal(0, contributions[1], 1e-12);
        Assert.Equal(3, contributions[2], 1e-12);
    }

    [Fact]
    public void Predict_OtherColumns_ThrowsNamingThem()
    {
        var model = new LinearLearner(Objective.Regression, new LearnerOptions()).Fit(LearnerTestData.Matrix([1], [2]), [1, 2], null);

        var error = Assert.Throws<ArgumentException>(() => model.Predict(new FeatureMatrix(1, ["tenure"], [1])));

        Assert.Contains("tenure", error.Message);
    }
}
