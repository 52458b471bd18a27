using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Synthetic;

public class GroundTruthFileTests
{
    [Fact]
    public void Read_WhatTheGeneratorWrote_GivesTheInMemoryTruth()
    {
        using var folder = new TempFolder();
        var options = new GeneratorOptions { Customers = 40, Months = 6, Seed = 4 };
        DataGenerator.WriteTo(folder.Path, options);

        var read = GroundTruthFile.Read(folder.File("ground_truth.csv"));
        var memory = DataGenerator.Generate(options).GroundTruth;

        Assert.Equal(memory.Select(t => (t.CustomerId, t.BestChannel)), read.Select(t => (t.CustomerId, t.BestChannel)));
        // The file keeps six decimals.
        Assert.All(memory.Zip(read), pair => Assert.Equal(pair.First.PPaid.Both, pair.Second.PPaid.Both, 6));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderQuotedWithBom_ReadByName()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("truth.csv"),
            "\uFEFFbest_channel,Customer_ID,p_paid_phone,p_paid_email,p_paid_both,days_phone,days_email,days_both,note\r\n" +
            "email,\"C1\",0.5,0.75,0.25,10,20,30,\"extra, ignored\"\r\n");

        var truth = Assert.Single(GroundTruthFile.Read(folder.File("truth.csv")));

        Assert.Equal(new GroundTruth("C1", new(0.5, 0.75, 0.25), new(10, 20, 30), ChannelMix.Email), truth);
    }

    [Fact]
    public void Read_MissingColumn_FailsNamingIt()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("truth.csv"), "customer_id,p_paid_phone,p_paid_email,p_paid_both,days_phone,days_email,best_channel\nC1,0.5,0.5,0.5,1,1,phone\n");

        var error = Assert.Throws<DataLoadException>(() => GroundTruthFile.Read(folder.File("truth.csv")));

        Assert.Contains("required column 'days_both' is missing", error.Message);
    }

    [Theory]
    [InlineData("C1,0.5,x,0.5,1,1,1,phone", "line 3, column p_paid_email: 'x' is not a number")]
    [InlineData("C1,0.5,0.5,0.5,1,1,1,fax", "line 3, column best_channel: 'fax' is not a channel")]
    [InlineData("C1,0.5,0.5", "line 3: expected 8 cells, found 3")]
    public void Read_BadRow_FailsNamingLineColumnAndValue(string row, string message)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("truth.csv"), string.Join('\n', string.Join(',', GroundTruthFile.Columns.Header), "C0,0.5,0.5,0.5,1,1,1,both", row));

        var error = Assert.Throws<BadDataException>(() => GroundTruthFile.Read(folder.File("truth.csv")));

        Assert.Contains(message, error.Message);
    }
}
