using CollectionsInsight.Metrics;

namespace CollectionsInsight.Tests.Metrics;

public class KaplanMeierCurveTests
{
    private const double Z = 1.959963984540054;

    private static SurvivalObservation Paid(int days) => new(days, eventObserved: true);

    private static SurvivalObservation Open(int days) => new(days, eventObserved: false);

    /// <summary>Durations 1, 2+, 3, 3, 4+, 5 (+ = censored), given out of order.</summary>
    private static KaplanMeierCurve HandExample() =>
        KaplanMeierCurve.Estimate([Paid(3), Open(4), Paid(1), Paid(5), Paid(3), Open(2)]);

    [Fact]
    public void Estimate_HandExampleWithCensoring_MatchesHandComputedSteps()
    {
        // day 1: n = 6, d = 1          S = 5/6
        // day 2: n = 5, censored 1      S = 5/6
        // day 3: n = 4, d = 2          S = 5/6 × (1 − 2/4) = 5/12
        // day 4: n = 2, censored 1      S = 5/12
        // day 5: n = 1, d = 1          S = 5/12 × (1 − 1/1) = 0
        var steps = HandExample().Steps;

        Assert.Equal([1, 2, 3, 4, 5], steps.Select(s => s.Day));
        Assert.Equal([6, 5, 4, 2, 1], steps.Select(s => s.AtRisk));
        Assert.Equal([1, 0, 2, 0, 1], steps.Select(s => s.Events));
        Assert.Equal([0, 1, 0, 1, 0], steps.Select(s => s.Censored));
        double[] expected = [5.0 / 6, 5.0 / 6, 5.0 / 12, 5.0 / 12, 0];
        Assert.All(steps.Zip(expected), pair => Assert.Equal(pair.Second, pair.First.Survival, 12));
    }

    [Fact]
    public void Estimate_HandExample_GreenwoodVarianceAtDay3()
    {
        // S(3)² × (1 / (6 × 5) + 2 / (4 × 2)) = (5/12)² × (1/30 + 1/4) = 0.049190
        var step = HandExample().Steps[2];

        Assert.Equal(25.0 / 144 * (1.0 / 30 + 1.0 / 4), step.Variance!.Value, 12);
        Assert.Equal(0.049190, step.Variance!.Value, 6);
    }

    [Fact]
    public void Estimate_HandExample_LogMinusLogLimitsAtDay1()
    {
        // σ = √(1/30) / |ln(5/6)| = 0.182574 / 0.182322 = 1.001385;
        // lower = (5/6)^exp(1.96 σ) = 0.2731, upper = (5/6)^exp(−1.96 σ) = 0.9747
        var step = HandExample().Steps[0];
        var sigma = Math.Sqrt(1.0 / 30) / Math.Abs(Math.Log(5.0 / 6));

        Assert.Equal(Math.Pow(5.0 / 6, Math.Exp(Z * sigma)), step.Lower!.Value, 12);
        Assert.Equal(Math.Pow(5.0 / 6, Math.Exp(-Z * sigma)), step.Upper!.Value, 12);
        Assert.Equal(0.2731, step.Lower!.Value, 4);
        Assert.Equal(0.9747, step.Upper!.Value, 4);
    }

    [Fact]
    public void Estimate_HandExample_MedianIsDay3AndUpperLimitUnbounded()
    {
        // S first ≤ 0.5 on day 3 (5/12). Lower band ≤ 0.5 already on day 1 (0.273); the upper band is 0.767 on days
        // 3 and 4 and undefined from day 5 (S = 0), so the data do not bound the median from above.
        var curve = HandExample();

        Assert.Equal(3, curve.Median);
        Assert.Equal(1, curve.MedianLower);
        Assert.Null(curve.MedianUpper);
        Assert.Equal((6, 4), (curve.SubjectCount, curve.EventCount));
    }

    [Fact]
    public void Estimate_LastSubjectHasEvent_LimitsAndVarianceUndefined()
    {
        var last = HandExample().Steps[^1];

        Assert.Equal((0.0, (double?)null, (double?)null, (double?)null), (last.Survival, last.Variance, last.Lower, last.Upper));
    }

    [Fact]
    public void Estimate_TwentyEventsNoCensoring_MedianAndIntervalFromBand()
    {
        // S(t) = (20 − t) / 20 and Greenwood reduces to the binomial S(1 − S) / 20.
        // S(10) = 0.5 exactly on paper; the band's lower limit first ≤ 0.5 on day 5 (0.49994),
        // its upper limit on day 15 (0.4485; day 14 is 0.5014).
        var curve = KaplanMeierCurve.Estimate(Enumerable.Range(1, 20).Select(Paid));

        Assert.Equal(0.5 * 0.5 / 20, curve.Steps[9].Variance!.Value, 12);
        Assert.Equal(10, curve.Median);
        Assert.Equal(5, curve.MedianLower);
        Assert.Equal(15, curve.MedianUpper);
    }

    [Fact]
    public void Estimate_EventAndCensoringSameDay_EventsComeFirst()
    {
        // day 2: n = 3 (the censored subject is still at risk), d = 1 → S = 2/3, not 1/2
        var steps = KaplanMeierCurve.Estimate([Paid(2), Open(2), Paid(3)]).Steps;

        Assert.Equal((2, 3, 1, 1), (steps[0].Day, steps[0].AtRisk, steps[0].Events, steps[0].Censored));
        Assert.Equal(2.0 / 3, steps[0].Survival, 12);
        Assert.Equal(1, steps[1].AtRisk);
    }

    [Fact]
    public void Estimate_AllCensored_SurvivalStaysOneAndNoMedian()
    {
        var curve = KaplanMeierCurve.Estimate([Open(3), Open(5), Open(5)]);

        Assert.All(curve.Steps, s => Assert.Equal((1.0, (double?)0.0, (double?)null), (s.Survival, s.Variance, s.Lower)));
        Assert.Null(curve.Median);
        Assert.Null(curve.MedianLower);
        Assert.Null(curve.MedianUpper);
        Assert.Equal(0, curve.EventCount);
    }

    [Fact]
    public void Estimate_NoSubjects_IsEmptyCurve()
    {
        var curve = KaplanMeierCurve.Estimate([]);

        Assert.Empty(curve.Steps);
        Assert.Null(curve.Median);
        Assert.Equal(1, curve.SurvivalAt(10));
    }

    [Fact]
    public void Estimate_PaidOnDayZero_StepsAtZero()
    {
        var curve = KaplanMeierCurve.Estimate([Paid(0), Paid(4)]);

        Assert.Equal(0, curve.Steps[0].Day);
        Assert.Equal(0.5, curve.SurvivalAt(0));
        Assert.Equal(0, curve.Median);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 5.0 / 6)]
    [InlineData(2, 5.0 / 6)]
    [InlineData(3, 5.0 / 12)]
    [InlineData(4, 5.0 / 12)]
    [InlineData(5, 0.0)]
    [InlineData(100, 0.0)]
    public void SurvivalAt_HandExample_IsLastStepOnOrBeforeDay(int day, double expected)
    {
        Assert.Equal(expected, HandExample().SurvivalAt(day), 12);
    }
}
