using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Modeling;

public class TruthEvaluationTests
{
    [Fact]
    public void Of_TwoCustomers_RegretAgainstOracleAndBestSingleChannel()
    {
        GroundTruth[] truth =
        [
            new("C1", 0.6, 0.4, 0.5, 0, 0, 0, ChannelMix.Phone),
            new("C2", 0.2, 0.5, 0.3, 0, 0, 0, ChannelMix.Email),
        ];
        ChannelRecommendation[] recommendations = [Recommend("C1", ChannelMix.Phone), Recommend("C2", ChannelMix.Both), Recommend("C9", ChannelMix.Email)];

        var evaluation = TruthEvaluation.Of(recommendations, truth);

        Assert.Equal(2, evaluation.Customers);
        Assert.Equal(0.45, evaluation.PolicyValue, 12);
        Assert.Equal(0.55, evaluation.OracleValue, 12);
        Assert.Equal(0.45, evaluation.BestSingleChannel, 12);   // always email
        Assert.Equal(1.0, evaluation.NormalisedRegret, 12);
        Assert.Equal(0.5, evaluation.ShareMatchingOracle, 12);
    }

    [Fact]
    public void Of_NoRecommendedCustomerInTheTruth_BadData()
    {
        GroundTruth[] truth = [new("C1", 0.6, 0.4, 0.5, 0, 0, 0, ChannelMix.Phone)];

        var error = Assert.Throws<BadDataException>(() => TruthEvaluation.Of([Recommend("C9", ChannelMix.Email)], truth));

        Assert.Contains("none of the recommended customers", error.Message);
    }

    private static ChannelRecommendation Recommend(string customer, ChannelMix channel) =>
        new(customer, null, channel, ChannelMix.Email, 0, 0, 0, 0, 0, false, []);
}
