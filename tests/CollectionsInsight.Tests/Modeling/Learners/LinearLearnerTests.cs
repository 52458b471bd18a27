using CollectionsInsight.Modeling.Learners;
using MathNet.Numerics.LinearAlgebra;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class LinearLearnerTests
{
    private static readonly LearnerOptions NoPenalty = new() { L2 = 0 };

    [Fact]
    public void Fit_LogisticOneBinaryFeatureNoPenalty_ProbabilitiesEqualGroupFrequencies()
    {
        // Group x = 0: 2 of 10 positive; group x = 1: 7 of 10. The unpenalised MLE reproduces the frequencies.
        var (x, labels) = Groups([[8, 2], [3, 7]]);

        var p = new LinearLearner(Objective.Binary, NoPenalty).Fit(x, labels, null).Predict(x);

        Assert.Equal(0.2, p[0], 1e-9);
        Assert.Equal(0.7, p[^1], 1e-9);
    }

    [Fact]
    public void Fit_MultinomialOneBinaryFeatureNoPenalty_ProbabilitiesSumToOneAndEqualGroupFrequencies()
    {
        // Class counts (0, 1, 2): group x = 0 has (5, 3, 2), group x = 1 has (1, 2, 7).
        var (x, labels) = Groups([[5, 3, 2], [1, 2, 7]]);

        var p = new LinearLearner(Objective.Multiclass(3), NoPenalty).Fit(x, labels, null).Predict(x);

        var first = p[..3];
        var last = p[^3..];
        Assert.Equal(1.0, first.Sum(), 1e-12);
        Assert.Equal(1.0, last.Sum(), 1e-12);
        Assert.Equal([0.5, 0.3, 0.2], first.Select(v => Math.Round(v, 8)));
        Assert.Equal([0.1, 0.2, 0.7], last.Select(v => Math.Round(v, 8)));
    }

    [Fact]
    public void Fit_Ridge_MatchesClosedFormOnStandardisedData()
    {
        const double lambda = 3.0;
        var random = new Random(1);
        var rows = Enumerable.Range(0, 40)
            .Select(_ => new[] { (float)random.NextDouble() * 10, (float)random.NextDouble() - 0.5f }).ToArray();
        var labels = rows.Select(r => (float)(2 * r[0] - 3 * r[1] + 1 + random.NextDouble())).ToArray();
        var x = LearnerTestData.Matrix(rows);

        var predictions = new LinearLearner(Objective.Regression, new LearnerOptions { L2 = lambda }).Fit(x, labels, null).Predict(x);

        // Z = (x - mean) / population SD; beta = (Z'Z + lambda I)^-1 Z'y; the unpenalised intercept is mean(y).
        var raw = Matrix<double>.Build.Dense(40, 2, (i, j) => rows[i][j]);
        var means = raw.ColumnSums() / 40;
        var z = Matrix<double>.Build.Dense(40, 2, (i, j) => raw[i, j] - means[j]);
        var sd = z.ColumnNorms(2) / Math.Sqrt(40);
        z = Matrix<double>.Build.Dense(40, 2, (i, j) => z[i, j] / sd[j]);
        var y = Vector<double>.Build.Dense(labels.Select(v => (double)v).ToArray());
        var beta = (z.TransposeThisAndMultiply(z) + lambda * Matrix<double>.Build.DenseIdentity(2)).Solve(z.TransposeThisAndMultiply(y));
        var expected = z * beta + y.Average();

        for (var i = 0; i < 40; i++)
            Assert.Equal(expected[i], predictions[i], 1e-9);
    }

    [Fact]
    public void Fit_MissingValues_SameAsImputingTheTrainingMean()
    {
        var withMissing = LearnerTestData.Matrix([1, float.NaN], [2, 4], [3, 8], [4, float.NaN], [5, 3]);
        var imputed = LearnerTestData.Matrix([1, 5], [2, 4], [3, 8], [4, 5], [5, 3]);
        float[] labels = [0, 1, 0, 1, 1];
        var learner = new LinearLearner(Objective.Binary, new LearnerOptions());

        var model = learner.Fit(withMissing, labels, null);

        LearnerTestData.AssertClose(learner.Fit(imputed, labels, null).Predict(imputed), model.Predict(withMissing), 1e-12);
        Assert.Equal(model.Predict(LearnerTestData.Matrix([2, 5])), model.Predict(LearnerTestData.Matrix([2, float.NaN])));
    }

    [Fact]
    public void Fit_WeightTwo_SameAsRepeatingTheRow()
    {
        var weighted = LearnerTestData.Matrix([0], [1], [2], [3]);
        var repeated = LearnerTestData.Matrix([0], [1], [2], [3], [3]);
        var learner = new LinearLearner(Objective.Binary, new LearnerOptions());

        var byWeight = learner.Fit(weighted, [0, 1, 0, 1], [1, 1, 1, 2]).Predict(weighted);
        var byRepeat = learner.Fit(repeated, [0, 1, 0, 1, 1], null).Predict(weighted);

        LearnerTestData.AssertClose(byRepeat, byWeight, 1e-10);
    }

    [Fact]
    public void Fit_PenaltyOnSeparableData_FiniteProbabilities()
    {
        var x = LearnerTestData.Matrix([0], [1], [2], [3]);

        var p = new LinearLearner(Objective.Binary, new LearnerOptions()).Fit(x, [0, 0, 1, 1], null).Predict(x);

        Assert.All(p, v => Assert.InRange(v, 0.01, 0.99));
        Assert.True(p[0] < 0.5 && p[3] > 0.5);
    }

    [Theory]
    [InlineData("binary", 2f)]
    [InlineData("multiclass", 1.5f)]
    [InlineData("multiclass", 3f)]
    [InlineData("regression", float.NaN)]
    public void Fit_InvalidLabel_ThrowsNamingIt(string kind, float label)
    {
        var objective = kind switch
        {
            "binary" => Objective.Binary,
            "multiclass" => Objective.Multiclass(3),
            _ => Objective.Regression,
        };

        var error = Assert.Throws<ArgumentException>(
            () => new LinearLearner(objective, new LearnerOptions()).Fit(LearnerTestData.Matrix([0], [1]), [0, label], null));

        Assert.Contains(label.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    /// <summary>One 0/1 feature; counts[g][c] rows of group g have label c.</summary>
    private static (FeatureMatrix X, float[] Labels) Groups(int[][] counts)
    {
        var rows = new List<float[]>();
        var labels = new List<float>();
        for (var group = 0; group < counts.Length; group++)
        {
            for (var label = 0; label < counts[group].Length; label++)
            {
                for (var n = 0; n < counts[group][label]; n++)
                {
                    rows.Add([group]);
                    labels.Add(label);
                }
            }
        }
        return (LearnerTestData.Matrix([.. rows]), [.. labels]);
    }
}
