using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

internal static class LearnerTestData
{
    /// <summary>A matrix from rows, with columns named x0, x1, ...</summary>
    public static FeatureMatrix Matrix(params float[][] rows)
    {
        var columns = rows.Length == 0 ? 0 : rows[0].Length;
        return new FeatureMatrix(rows.Length, Names(columns), rows.SelectMany(r => r).ToArray());
    }

    public static string[] Names(int columns) => Enumerable.Range(0, columns).Select(j => $"x{j}").ToArray();

    /// <summary>
    /// Three uniform(-1, 1) features, label 1 when x0 + 0.5·x1 > 0, flipped for 5% of rows;
    /// <paramref name="missingShare"/> of the x2 values (pure noise) are NaN.
    /// </summary>
    public static (FeatureMatrix X, float[] Labels) Rule(int rows, int seed, double missingShare = 0)
    {
        var random = new Random(seed);
        var values = new float[rows * 3];
        var labels = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < 3; j++)
                values[i * 3 + j] = (float)(random.NextDouble() * 2 - 1);
            if (random.NextDouble() < missingShare)
                values[i * 3 + 2] = float.NaN;
            var positive = values[i * 3] + 0.5 * values[i * 3 + 1] > 0;
            labels[i] = positive ^ (random.NextDouble() < 0.05) ? 1 : 0;
        }
        return (new FeatureMatrix(rows, Names(3), values), labels);
    }

    /// <summary>Rows [from, from + count) of a matrix.</summary>
    public static FeatureMatrix Slice(FeatureMatrix x, int from, int count) =>
        new(count, x.ColumnNames, x.Values.Slice(from * x.Columns, count * x.Columns).ToArray());

    public static double Accuracy(double[] probabilities, float[] labels, int from) =>
        probabilities.Select((p, i) => (p > 0.5 ? 1 : 0) == (int)labels[from + i] ? 1.0 : 0.0).Average();

    public static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], actual[i], tolerance);
    }
}
