using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class TreeContributionsTests
{
    /// <summary>
    /// The contributions computed from the trees are ML.NET's calculator's, bit for bit: on rows with and without missing
    /// values in the features the trees split on, including rows where every value is missing.
    /// </summary>
    [Fact]
    public void Contributions_TreeModel_SameBitsAsMlNetCalculator()
    {
        var (train, labels) = Data(3000, seed: 11);
        var model = (MlModel)new MlLearner(Objective.Binary, LearnerFamily.Trees, new LearnerOptions { Trees = 60 }).Fit(train, labels, null);
        var (x, _) = Data(2000, seed: 12);
        var values = x.Values.ToArray();
        for (var i = 0; i < 50; i++)
            values.AsSpan(i * x.Columns, x.Columns).Fill(float.NaN);
        x = new FeatureMatrix(x.Rows, x.ColumnNames, values);

        var direct = model.Contributions(x);
        var calculated = model.CalculatedContributions(x);

        Assert.Equal(calculated.Length, direct.Length);
        Assert.Contains(direct, v => v != 0);
        for (var k = 0; k < direct.Length; k++)
            Assert.True(BitConverter.DoubleToInt64Bits(calculated[k]) == BitConverter.DoubleToInt64Bits(direct[k]),
                $"row {k / x.Columns}, column {k % x.Columns}: ML.NET {calculated[k]:R}, direct {direct[k]:R}");
    }

    /// <summary>The probabilities computed from the trees are ML.NET's prediction engines', bit for bit.</summary>
    [Fact]
    public void Predict_TreeModel_SameBitsAsMlNetEngines()
    {
        var (train, labels) = Data(3000, seed: 13);
        var model = (MlModel)new MlLearner(Objective.Binary, LearnerFamily.Trees, new LearnerOptions { Trees = 60 }).Fit(train, labels, null);
        var (x, _) = Data(2000, seed: 14);

        var direct = model.Predict(x);
        var engines = model.EnginePredictions(x);

        Assert.Equal(engines.Length, direct.Length);
        for (var i = 0; i < direct.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(engines[i]) == BitConverter.DoubleToInt64Bits(direct[i]),
                $"row {i}: ML.NET {engines[i]:R}, direct {direct[i]:R}");
    }

    /// <summary>Four features, each missing in a share of rows; the label depends on three of them and on missingness.</summary>
    private static (FeatureMatrix X, float[] Labels) Data(int rows, int seed)
    {
        var random = new Random(seed);
        const int columns = 4;
        var values = new float[rows * columns];
        var labels = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
                values[i * columns + j] = random.NextDouble() < 0.15 * (j + 1) / 2 ? float.NaN : (float)(random.NextDouble() * 2 - 1);
            var x0 = values[i * columns];
            var x1 = values[i * columns + 1];
            var x3 = values[i * columns + 3];
            var score = (float.IsNaN(x0) ? 0.8 : x0) + 0.5 * (float.IsNaN(x1) ? -0.6 : x1) - 0.7 * (float.IsNaN(x3) ? 0.3 : x3);
            labels[i] = score > 0 ^ random.NextDouble() < 0.1 ? 1 : 0;
        }
        return (new FeatureMatrix(rows, Enumerable.Range(0, columns).Select(j => $"x{j}").ToArray(), values), labels);
    }
}
