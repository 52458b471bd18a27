using CollectionsInsight.Domain;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Modeling;

/// <summary>
/// How good recommendations truly are, on generated data with known truth: the mean true probability of payment
/// within the horizon under the recommendations, under the oracle (each customer's best channel) and under each
/// single channel for everyone. Normalised regret = (oracle − policy) / (oracle − best single channel): 0 is the
/// oracle, 1 is no better than the best one-size-fits-all channel.
/// </summary>
public sealed record TruthEvaluation(
    int Customers,
    double PolicyValue,
    double OracleValue,
    double AlwaysPhone,
    double AlwaysEmail,
    double AlwaysBoth,
    double ShareMatchingOracle)
{
    public double BestSingleChannel => Math.Max(AlwaysPhone, Math.Max(AlwaysEmail, AlwaysBoth));

    public double Regret => OracleValue - PolicyValue;

    /// <summary>NaN when no channel beats any other (the null scenario): there is nothing to normalise by.</summary>
    public double NormalisedRegret => OracleValue - BestSingleChannel > 1e-12 ? Regret / (OracleValue - BestSingleChannel) : double.NaN;

    /// <summary>Compares the recommendations of the customers that have a truth row.</summary>
    /// <exception cref="BadDataException">No recommended customer appears in the truth.</exception>
    public static TruthEvaluation Of(IReadOnlyList<ChannelRecommendation> recommendations, IReadOnlyList<GroundTruth> truth)
    {
        var byCustomer = truth.ToDictionary(t => t.CustomerId, StringComparer.Ordinal);
        var pairs = recommendations.Where(r => byCustomer.ContainsKey(r.CustomerId)).Select(r => (r, t: byCustomer[r.CustomerId])).ToArray();
        if (pairs.Length == 0)
            throw new BadDataException("none of the recommended customers appears in the ground truth");
        return new TruthEvaluation(
            pairs.Length,
            pairs.Average(p => p.t.PPaid(p.r.Channel)),
            pairs.Average(p => Math.Max(p.t.PPaidPhone, Math.Max(p.t.PPaidEmail, p.t.PPaidBoth))),
            pairs.Average(p => p.t.PPaidPhone),
            pairs.Average(p => p.t.PPaidEmail),
            pairs.Average(p => p.t.PPaidBoth),
            pairs.Average(p => p.r.Channel == p.t.BestChannel ? 1.0 : 0.0));
    }
}
