using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class XGBoostLearnerTests
{
    private static readonly LearnerOptions Fast = new() { Rounds = 40 };

    [XGBoostFact]
    public void Fit_SimpleRule_HeldOutAccuracyWellAboveChance()
    {
        var (x, labels) = LearnerTestData.Rule(600, seed: 7, missingShare: 0.2);

        var model = new XGBoostLearner(Objective.Binary, Fast).Fit(LearnerTestData.Slice(x, 0, 400), labels[..400], null);
        var heldOut = model.Predict(LearnerTestData.Slice(x, 400, 200));

        Assert.InRange(LearnerTestData.Accuracy(heldOut, labels, from: 400), 0.85, 1.0);
    }

    [XGBoostFact]
    public void Fit_SameSeedTwice_IdenticalPredictions()
    {
        var (x, labels) = LearnerTestData.Rule(300, seed: 3);
        var learner = new XGBoostLearner(Objective.Binary, Fast);

        var first = learner.Fit(x, labels, null).Predict(x);
        var second = learner.Fit(x, labels, null).Predict(x);

        Assert.Equal(first, second);
    }

    [XGBoostFact]
    public void Fit_Multiclass_RowsOfProbabilitiesSumToOne()
    {
        var (x, labels) = LearnerTestData.Rule(200, seed: 5);
        var classes = labels.Select((label, i) => label + (x[i, 1] > 0.5f ? 1f : 0f)).ToArray();   // 0, 1 or 2

        var probabilities = new XGBoostLearner(Objective.Multiclass(3), Fast).Fit(x, classes, null).Predict(x);

        Assert.Equal(200 * 3, probabilities.Length);
        for (var row = 0; row < 200; row++)
            Assert.Equal(1.0, probabilities.Skip(row * 3).Take(3).Sum(), 1e-5);
    }

    [XGBoostFact]
    public void Fit_Regression_PredictsTheMeanOfEachGroup()
    {
        var x = LearnerTestData.Matrix([0], [0], [1], [1]);

        var predictions = new XGBoostLearner(Objective.Regression, Fast with { MinChildWeight = 0, Subsample = 1, ColSampleByTree = 1, L2 = 0, LearningRate = 1 })
            .Fit(x, [1, 3, 10, 20], null).Predict(x);

        Assert.Equal([2, 2, 15, 15], predictions.Select(p => Math.Round(p, 3)));
    }
}
