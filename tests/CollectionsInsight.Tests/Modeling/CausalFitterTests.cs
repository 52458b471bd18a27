using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling;

public class CausalFitterTests
{
    private static readonly CausalFitter Fitter = new(new LearnerOptions { Trees = 20 }, new LearnerOptions(), 0.02);

    /// <summary>Rows oldest first; email first used at row <paramref name="emailFrom"/>.</summary>
    private static TrainingSet Set(int rows, int emailFrom)
    {
        var random = new Random(1);
        var treatments = Enumerable.Range(0, rows)
            .Select(i => i >= emailFrom && i % 3 == 0 ? ChannelMix.Email : i % 2 == 0 ? ChannelMix.Phone : ChannelMix.Both).ToArray();
        return new TrainingSet(
            new FeatureMatrix(rows, ["days_overdue"], [.. Enumerable.Range(0, rows).Select(_ => (float)random.Next(1, 30))]),
            treatments, [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.5 ? 1f : 0f)],
            [.. Enumerable.Range(0, rows).Select(i => $"I{i}")], [.. Enumerable.Range(0, rows).Select(i => new DateOnly(2025, 1, 1).AddDays(i / 10))]);
    }

    [Fact]
    public void CrossFit_ChannelOnlyInTheNewestBlock_SaysSoInsteadOfFailingInAFold()
    {
        var error = Assert.Throws<InsufficientDataException>(() =>
            Fitter.CrossFit(Set(600, emailFrom: 400), [CausalLearner.Linear, CausalLearner.SLearner], folds: 3));

        Assert.Contains("email was used only in block 3 of the 3 blocks of time", error.Message);
        Assert.Contains("--learner blend", error.Message);
    }

    [Fact]
    public void CrossFit_ChannelNeverUsed_NamesIt()
    {
        var error = Assert.Throws<InsufficientDataException>(() =>
            Fitter.CrossFit(Set(600, emailFrom: 600), [CausalLearner.SLearner], folds: 3));

        Assert.StartsWith("no training episodes used email", error.Message);
    }

    [Fact]
    public void FitPropensity_ChannelNeverUsed_NamesIt()
    {
        var error = Assert.Throws<InsufficientDataException>(() => Fitter.FitPropensity(Set(300, emailFrom: 300)));

        Assert.StartsWith("no training episodes used email", error.Message);
    }
}
