using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class PluralTests
{
    [Theory]
    [InlineData(0, "0 customers")]
    [InlineData(1, "1 customer")]
    [InlineData(2, "2 customers")]
    [InlineData(1234, "1,234 customers")]
    public void Count_Customers_SingularOnlyForOne(long count, string expected)
    {
        Assert.Equal(expected, Plural.Count(count, "customer"));
    }

    [Fact]
    public void Count_IrregularPlural_Used()
    {
        Assert.Equal("3 replies", Plural.Count(3, "reply", "replies"));
        Assert.Equal("1 reply", Plural.Count(1, "reply", "replies"));
    }
}
