using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class DirectScoringTests
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
        var x = WithRowsMissing(Data(2000, seed: 12).X, 50);

        var direct = model.Contributions(x);
        var calculated = model.CalculatedContributions(x);

        Assert.Equal(calculated.Length, direct.Length);
        Assert.Contains(direct, v => v != 0);
        for (var k = 0; k < direct.Length; k++)
            Assert.True(BitConverter.DoubleToInt64Bits(calculated[k]) == BitConverter.DoubleToInt64Bits(direct[k]),
                $"row {k / x.Columns}, column {k % x.Columns}: ML.NET {calculated[k]:R}, direct {direct[k]:R}");
    }

    /// <summary>The probabilities computed from the trees are ML.NET's prediction engines', bit for bit, on rows with and without missing values.</summary>
    [Fact]
    public void Predict_TreeModel_SameBitsAsMlNetEngines()
    {
        var (train, labels) = Data(3000, seed: 13);
        var model = (MlModel)new MlLearner(Objective.Binary, LearnerFamily.Trees, new LearnerOptions { Trees = 60 }).Fit(train, labels, null);
        var x = WithRowsMissing(Data(2000, seed: 14).X, 50);

        var direct = model.Predict(x);
        var engines = model.EnginePredictions(x);

        Assert.Equal(engines.Length, direct.Length);
        for (var i = 0; i < direct.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(engines[i]) == BitConverter.DoubleToInt64Bits(direct[i]),
                $"row {i}: ML.NET {engines[i]:R}, direct {direct[i]:R}");
    }

    /// <summary>
    /// A linear model's probabilities computed from its weights are ML.NET's prediction engines', bit for bit, for
    /// widths below, at and above the vector sizes the dot product works in, weighted or not.
    /// </summary>
    [Theory]
    [InlineData(3, false)]
    [InlineData(8, false)]
    [InlineData(37, true)]
    [InlineData(131, false)]
    public void Predict_LinearModel_SameBitsAsMlNetEngines(int columns, bool weighted)
    {
        var (train, labels) = Wide(4000, columns, seed: 15);
        float[]? weights = weighted ? [.. Enumerable.Range(0, train.Rows).Select(i => 0.5f + i % 7 / 3f)] : null;
        var model = (MlModel)new MlLearner(Objective.Binary, LearnerFamily.Linear, new LearnerOptions { L2 = 0.01 }).Fit(train, labels, weights);
        var (x, _) = Wide(3000, columns, seed: 16);

        var direct = model.Predict(x);
        var engines = model.EnginePredictions(x);

        Assert.Equal(engines.Length, direct.Length);
        Assert.True(direct.Distinct().Count() > 100, "the probabilities differ from row to row");
        for (var i = 0; i < direct.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(engines[i]) == BitConverter.DoubleToInt64Bits(direct[i]),
                $"row {i}: ML.NET {engines[i]:R}, direct {direct[i]:R}");
    }

    /// <summary><paramref name="x"/> with every value of its first <paramref name="rows"/> rows missing.</summary>
    private static FeatureMatrix WithRowsMissing(FeatureMatrix x, int rows)
    {
        var values = x.Values.ToArray();
        values.AsSpan(0, rows * x.Columns).Fill(float.NaN);
        return new FeatureMatrix(x.Rows, x.ColumnNames, values);
    }

    /// <summary>Rows of standard-normal-ish features whose label leans on the first few.</summary>
    private static (FeatureMatrix X, float[] Labels) Wide(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * columns];
        var labels = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            var score = 0.0;
            for (var j = 0; j < columns; j++)
            {
                var v = (float)(random.NextDouble() * 4 - 2);
                values[i * columns + j] = v;
                score += v / (j + 1);
            }
            labels[i] = score + random.NextDouble() - 0.5 > 0 ? 1 : 0;
        }
        return (new FeatureMatrix(rows, Enumerable.Range(0, columns).Select(j => $"x{j}").ToArray(), values), labels);
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
