using CollectionsInsight.Domain;
using CollectionsInsight.Synthetic;
using CollectionsInsight.Tests.TestSupport;

namespace CollectionsInsight.Tests.Synthetic;

public class GroundTruthFileTests
{
    [Theory]
    [InlineData("customer_id,p_paid\nC1,0.5\n", "is not a ground-truth file")]
    [InlineData("customer_id,p_paid_phone,p_paid_email,p_paid_both,days_phone,days_email,days_both,best_channel\nC1,0.5\n", "line 2: expected 8 cells, found 2")]
    [InlineData("customer_id,p_paid_phone,p_paid_email,p_paid_both,days_phone,days_email,days_both,best_channel\nC1,0.5,x,0.5,1,1,1,phone\n", "column p_paid_email: 'x' is not a number")]
    public void Read_NotAGroundTruthFile_BadDataNamingTheLine(string text, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("ground_truth.csv");
        File.WriteAllText(path, text);

        var error = Assert.Throws<BadDataException>(() => GroundTruthFile.Read(path));

        Assert.Contains(expected, error.Message);
    }
}
