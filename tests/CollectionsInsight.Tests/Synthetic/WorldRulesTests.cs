using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Synthetic;

public class WorldRulesTests
{
    private static readonly WorldRules First = WorldRules.For(new GeneratorOptions { World = GeneratorWorld.Individual });
    private static readonly WorldRules Calibrated = WorldRules.For(new GeneratorOptions());

    [Fact]
    public void ExpectedDaysToSettle_FirstBook_MatchesTheGeometricSeries()
    {
        // ceil(T) with T exponential and P(T ≤ 30) = 0.4: the closed form against a direct sum of the geometric series.
        var rate = -Math.Log(0.6) / 30;
        var mean = Enumerable.Range(1, 20_000).Sum(d => d * (Math.Exp(-rate * (d - 1)) - Math.Exp(-rate * d)));

        Assert.Equal(mean, First.ExpectedDaysToSettle(0.4, 30), 6);
    }

    [Theory]
    [InlineData(0.15)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void DaysToPay_CalibratedBook_PaysWithinTheHorizonWithTheTrueProbabilityAndTheExpectedMean(double p)
    {
        const int Draws = 200_000;
        var random = new Random(5);

        var days = Enumerable.Range(0, Draws).Select(_ => Calibrated.DaysToPay(p, 30, random)).ToArray();

        var within = days.Average(d => d <= 30 ? 1.0 : 0.0);
        Assert.InRange(within, p - 4 * Math.Sqrt(p * (1 - p) / Draws), p + 4 * Math.Sqrt(p * (1 - p) / Draws));
        Assert.All(days, d => Assert.True(d >= 1));
        var mean = days.Average();
        var standardError = Math.Sqrt(days.Average(d => (d - mean) * (d - mean)) / Draws);
        Assert.InRange(Calibrated.ExpectedDaysToSettle(p, 30), mean - 4 * standardError, mean + 4 * standardError);
    }

    [Fact]
    public void DaysToPay_CalibratedBook_MostPromptedPaymentsComeWithinTwoWeeksAndAMinorityIsVerySlow()
    {
        var random = new Random(6);

        var days = Enumerable.Range(0, 100_000).Select(_ => Calibrated.DaysToPay(0.6, 30, random)).ToArray();

        Assert.InRange(days.Where(d => d <= 30).Average(d => d <= 14 ? 1.0 : 0.0), 0.8, 0.9);
        Assert.InRange(days.Average(d => d > 120 ? 1.0 : 0.0), 0.03, 0.08);
    }

    [Fact]
    public void For_Knobs_ApplyOnTopOfTheWorld()
    {
        var segment = WorldRules.For(new GeneratorOptions { World = GeneratorWorld.Segment });
        var overridden = WorldRules.For(new GeneratorOptions { World = GeneratorWorld.Segment, ResponsivenessBySegment = 0.2, EffectStrength = 0.5 });

        Assert.Equal(0.8, segment.ResponsivenessBySegment);
        Assert.Equal(0.2, overridden.ResponsivenessBySegment);
        Assert.Equal(segment.Effect * 0.5, overridden.Effect);
        Assert.Equal(0, WorldRules.For(new GeneratorOptions { World = GeneratorWorld.Null, EffectStrength = 2 }).Effect);
    }
}
