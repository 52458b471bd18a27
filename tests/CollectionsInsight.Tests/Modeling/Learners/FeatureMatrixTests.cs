using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class FeatureMatrixTests
{
    [Fact]
    public void Constructor_ValueCountNotRowsTimesColumns_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new FeatureMatrix(2, ["a", "b"], [1, 2, 3]));
        Assert.Contains("2 rows x 2 columns", error.Message);
    }

    [Fact]
    public void Indexer_RowMajorValues_ReturnsCell()
    {
        var x = new FeatureMatrix(2, ["a", "b", "c"], [1, 2, 3, 4, 5, float.NaN]);

        Assert.Equal(3, x.Columns);
        Assert.Equal(4, x[1, 0]);
        Assert.Equal(3, x[0, 2]);
        Assert.True(float.IsNaN(x[1, 2]));
    }
}
