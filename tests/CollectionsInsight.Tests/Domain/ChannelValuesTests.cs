using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class ChannelValuesTests
{
    private static readonly ChannelValues<double> Values = new(Phone: 0.1, Email: 0.2, Both: 0.3);

    [Theory]
    [InlineData(ChannelMix.Phone, 0.1)]
    [InlineData(ChannelMix.Email, 0.2)]
    [InlineData(ChannelMix.Both, 0.3)]
    public void Indexer_Choice_ItsValue(ChannelMix mix, double expected) => Assert.Equal(expected, Values[mix]);

    [Theory]
    [InlineData(ChannelMix.None)]
    [InlineData(ChannelMix.Other)]
    public void Indexer_NoChoice_Throws(ChannelMix mix) => Assert.Throws<ArgumentOutOfRangeException>(() => Values[mix]);

    [Fact]
    public void From_Function_CalledInPhoneEmailBothOrder()
    {
        var calls = new List<ChannelMix>();

        var values = ChannelValues<string>.From(mix =>
        {
            calls.Add(mix);
            return mix.ToWord();
        });

        Assert.Equal([ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both], calls);
        Assert.Equal(new ChannelValues<string>("phone", "email", "both"), values);
    }

    [Fact]
    public void Select_Map_AppliedToEachChannel() => Assert.Equal(new ChannelValues<int>(1, 2, 3), Values.Select(v => (int)Math.Round(v * 10)));

    [Fact]
    public void ToArrayAndFromArray_RoundTrip()
    {
        Assert.Equal([0.1, 0.2, 0.3], Values.ToArray());
        Assert.Equal(Values, ChannelValues<double>.FromArray(Values.ToArray()));
    }

    [Fact]
    public void FromArray_NotThreeValues_Throws() => Assert.Throws<ArgumentException>(() => ChannelValues<double>.FromArray([0.1, 0.2]));

    [Fact]
    public void ChannelChoices_All_PhoneEmailBothAtTheirIndices()
    {
        Assert.Equal([ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both], ChannelChoices.All);
        Assert.Equal(ChannelChoices.Count, ChannelChoices.All.Count);
        Assert.All(ChannelChoices.All, mix => Assert.Equal(mix, ChannelChoices.All[ChannelChoices.IndexOf(mix)]));
    }
}
