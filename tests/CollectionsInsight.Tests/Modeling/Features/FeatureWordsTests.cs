using CollectionsInsight.Modeling.Features;

namespace CollectionsInsight.Tests.Modeling.Features;

public class FeatureWordsTests
{
    [Theory]
    [InlineData(1.0, "1 hour from our time zone")]
    [InlineData(-1.0, "-1 hour from our time zone")]
    [InlineData(2.0, "2 hours from our time zone")]
    [InlineData(0.5, "0.5 hours from our time zone")]
    [InlineData(0.0, "0 hours from our time zone")]
    public void Describe_TimeZoneHours_PluralOnlyWhenNotOne(double hours, string expected)
    {
        Assert.Equal(expected, FeatureWords.Describe(FeatureSchema.TimeZoneHours, hours));
    }
}
