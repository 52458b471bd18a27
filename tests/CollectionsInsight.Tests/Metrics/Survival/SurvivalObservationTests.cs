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
        var observation = new SurvivalObservation(0, eventObserved: false);

        Assert.Equal(0, observation.Days);
        Assert.False(observation.EventObserved);
    }
}
