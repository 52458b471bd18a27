using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class SurvivalObservationTests
{
    [Fact]
    public void Constructor_NegativeDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurvivalObservation(-1, eventObserved: true));
    }

    [Fact]
    public void Constructor_ZeroDaysCensored_IsAllowed()
    {
        Assert.Equal((0, false), (new SurvivalObservation(0, false).Days, new SurvivalObservation(0, false).EventObserved));
    }
}
