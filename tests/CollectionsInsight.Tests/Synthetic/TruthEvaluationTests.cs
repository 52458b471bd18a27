using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Synthetic;

public class TruthEvaluationTests
{
    [Fact]
    public void Of_TwoCustomers_RegretAgainstOracleAndBestSingleChannel()
    {
        GroundTruth[] truth =
        [
            new("C1", new(0.6, 0.4, 0.5), default, ChannelMix.Phone),
            new("C2", new(0.2, 0.5, 0.3), default, ChannelMix.Email),
        ];
        ChannelRecommendation[] recommendations = [Recommend("C1", ChannelMix.Phone), Recommend("C2", ChannelMix.Both), Recommend("C9", ChannelMix.Email)];

        var evaluation = TruthEvaluation.Of(recommendations, truth);

        Assert.Equal(2, evaluation.Customers);
        Assert.Equal(0.45, evaluation.PolicyValue, 12);
        Assert.Equal(0.55, evaluation.OracleValue, 12);
        Assert.Equal(0.45, evaluation.BestSingleChannel, 12);   // always email
        Assert.Equal(new ChannelValues<double>(0.4, 0.45, 0.4), evaluation.Always.Select(v => Math.Round(v, 12)));
        Assert.Equal(1.0, evaluation.NormalisedRegret, 12);
        Assert.Equal(0.5, evaluation.ShareMatchingOracle, 12);
    }

    [Fact]
    public void Of_ChannelsTie_AnyOfThemMatchesTheOracle()
    {
        GroundTruth[] truth = [new("C1", new(0.5, 0.5, 0.5), default, ChannelMix.Email)];

        var evaluation = TruthEvaluation.Of([Recommend("C1", ChannelMix.Phone)], truth);

        Assert.Equal((0.0, 1.0), (evaluation.Regret, evaluation.ShareMatchingOracle));
    }

    [Fact]
    public void Of_NoRecommendedCustomerInTheTruth_BadData()
    {
        GroundTruth[] truth = [new("C1", new(0.6, 0.4, 0.5), default, ChannelMix.Phone)];

        var error = Assert.Throws<BadDataException>(() => TruthEvaluation.Of([Recommend("C9", ChannelMix.Email)], truth));

        Assert.Contains("none of the recommended customers", error.Message);
    }

    private static ChannelRecommendation Recommend(string customer, ChannelMix channel) =>
        new(customer, null, channel, ChannelMix.Email, default, 0, 0, false, []);
}
