using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;
using static CollectionsInsight.Tests.Modeling.Learners.LearnerTestData;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class MlLearnerTests
{
    private static readonly LearnerOptions Options = new() { Trees = 100 };

    [Theory]
    [InlineData("trees")]
    [InlineData("linear")]
    public void Fit_Binary_LearnsTheRuleOnNewRows(string learner)
    {
        var family = Family(learner);
        var (x, labels) = Rule(3000, seed: 1);
        var train = Slice(x, 0, 2000);

        var model = new MlLearner(Objective.Binary, family, Options).Fit(train, labels[..2000], null);

        var accuracy = Accuracy(model.Predict(Slice(x, 2000, 1000)), labels, 2000);
        Assert.True(accuracy > 0.85, $"accuracy {accuracy:0.000}");
    }

    [Fact]
    public void Fit_TreesWithMissingValues_PredictsEveryRow()
    {
        var (x, labels) = Rule(2000, seed: 2, missingShare: 0.3);

        var p = new MlLearner(Objective.Binary, LearnerFamily.Trees, Options).Fit(x, labels, null).Predict(x);

        Assert.All(p, value => Assert.InRange(value, 0, 1));
    }

    [Fact]
    public void Fit_Multiclass_ProbabilitiesInClassOrderSumToOne()
    {
        // Class k is most likely where x0 falls in the k-th third of (-1, 1).
        var (x, _) = Rule(3000, seed: 3);
        var classes = Enumerable.Range(0, x.Rows).Select(i => (float)Math.Min(2, (int)((x[i, 0] + 1) * 1.5))).ToArray();

        var p = new MlLearner(Objective.Multiclass(3), LearnerFamily.Linear, Options).Fit(x, classes, null).Predict(x);

        for (var i = 0; i < x.Rows; i++)
            Assert.Equal(1, p[i * 3] + p[i * 3 + 1] + p[i * 3 + 2], 1e-4);
        var hits = Enumerable.Range(0, x.Rows).Count(i => Array.IndexOf(p[(i * 3)..(i * 3 + 3)], p[(i * 3)..(i * 3 + 3)].Max()) == (int)classes[i]);
        Assert.True(hits > 0.8 * x.Rows, $"{hits} of {x.Rows} rows have their own class most likely");
    }

    [Fact]
    public void Fit_MulticlassWithAClassMissing_ClearMessage()
    {
        var (x, _) = Rule(100, seed: 4);

        var error = Assert.Throws<InsufficientDataException>(() =>
            new MlLearner(Objective.Multiclass(3), LearnerFamily.Linear, Options).Fit(x, new float[100], null));

        Assert.Contains("every one of the 3 classes", error.Message);
    }

    [Fact]
    public void Fit_TreesOnTooFewRowsToSplit_ClearMessage()
    {
        // Fewer rows than two leaves need, half of them paid: LightGBM gives a tree of one leaf of value 0, which ML.NET
        // cannot read back (dotnet/machinelearning#5022).
        var (x, _) = Rule(30, seed: 5);
        var labels = Enumerable.Range(0, 30).Select(i => (float)(i % 2)).ToArray();

        var error = Assert.Throws<InsufficientDataException>(() => new MlLearner(Objective.Binary, LearnerFamily.Trees, new LearnerOptions()).Fit(x, labels, null));

        Assert.Equal("the trees found no split in 30 episodes, with 40 needed in each leaf; more history is needed", error.Message);
    }

    [Theory]
    [InlineData("trees")]
    [InlineData("linear")]
    public void Fit_SameDataAndSeedTwice_SameBytes(string learner)
    {
        var family = Family(learner);
        var (x, labels) = Rule(2000, seed: 5);
        var fit = new MlLearner(Objective.Binary, family, Options);

        Assert.Equal(fit.Fit(x, labels, null).ToBytes(), fit.Fit(x, labels, null).ToBytes());
    }

    [Theory]
    [InlineData("trees")]
    [InlineData("linear")]
    public void FromBytes_SavedModel_SamePredictionsAndContributions(string learner)
    {
        var family = Family(learner);
        var (x, labels) = Rule(2000, seed: 6);
        var model = new MlLearner(Objective.Binary, family, Options).Fit(x, labels, null);

        var loaded = MlModel.FromBytes(model.ToBytes(), Objective.Binary, x.Columns, Options.Seed);

        Assert.Equal(model.Predict(x), loaded.Predict(x));
        Assert.Equal(model.Contributions(x), loaded.Contributions(x));
    }

    [Theory]
    [InlineData("trees")]
    [InlineData("linear")]
    public void Contributions_RuleOnX0AndX1_X0MattersMostX2Least(string learner)
    {
        var family = Family(learner);
        var (x, labels) = Rule(3000, seed: 7);
        var model = new MlLearner(Objective.Binary, family, Options).Fit(x, labels, null);

        var contributions = model.Contributions(x);

        var size = Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, x.Rows).Average(i => Math.Abs(contributions[i * 3 + j]))).ToArray();
        Assert.True(size[0] > size[1] && size[1] > size[2], string.Join(", ", size));
    }

    private static LearnerFamily Family(string learner) => learner == "trees" ? LearnerFamily.Trees : LearnerFamily.Linear;

    [Fact]
    public void FromBytes_NotAModel_ClearMessage()
    {
        var error = Assert.Throws<BadModelFileException>(() => MlModel.FromBytes([1, 2, 3], Objective.Binary, 3, 42));

        Assert.Contains("not an ML.NET model", error.Message);
    }
}
