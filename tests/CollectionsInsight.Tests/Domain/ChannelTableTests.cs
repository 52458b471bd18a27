using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class ChannelTableTests
{
    [Fact]
    public void Indexer_RowAndChannel_RowMajorPhoneEmailBoth()
    {
        var table = new ChannelTable<int>([1, 2, 3, 4, 5, 6]);

        Assert.Equal(2, table.Rows);
        Assert.Equal(1, table[0, ChannelMix.Phone]);
        Assert.Equal(5, table[1, ChannelMix.Email]);
        Assert.Equal(6, table[1, ChannelMix.Both]);
        Assert.Equal(new ChannelValues<int>(4, 5, 6), table[1]);
        Assert.Equal([4, 5, 6], table.Row(1).ToArray());
    }

    [Fact]
    public void Writes_ThroughIndexerAndRow_LandInTheArrayUnderneath()
    {
        var values = new double[6];
        var table = new ChannelTable<double>(values);

        table[1, ChannelMix.Email] = 0.5;
        table.Row(0)[2] = 0.25;

        Assert.Same(values, table.Values);
        Assert.Equal([0, 0, 0.25, 0, 0.5, 0], values);
    }

    [Fact]
    public void CopyTo_FromARow_FillsThoseRows()
    {
        var target = new ChannelTable<int>(3);

        new ChannelTable<int>([7, 8, 9]).CopyTo(target, firstRow: 2);

        Assert.Equal([0, 0, 0, 0, 0, 0, 7, 8, 9], target.Values);
    }

    [Fact]
    public void Constructor_LengthNotAMultipleOfThree_Throws() => Assert.Throws<ArgumentException>(() => new ChannelTable<int>(new int[4]));

    [Fact]
    public void Indexer_NoChoice_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelTable<int>(1)[0, ChannelMix.None]);
}
