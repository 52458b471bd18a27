using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// How good recommendations truly are, on generated data with known truth: the mean true probability of payment
/// within the horizon under the recommendations, under the oracle (each customer's best channel) and under each
/// single channel for everyone. Normalised regret = (oracle − policy) / (oracle − best single channel): 0 is the
/// oracle, 1 is no better than the best one-size-fits-all channel.
/// </summary>
/// <param name="Customers">The recommended customers that have a truth row.</param>
/// <param name="PolicyValue">The mean true probability under the recommendations.</param>
/// <param name="OracleValue">The mean true probability under each customer's best channel.</param>
/// <param name="Always">The mean true probability under each single channel for everyone.</param>
/// <param name="ShareMatchingOracle">The share of customers recommended their best channel, or one as good.</param>
public sealed record TruthEvaluation(
    int Customers,
    double PolicyValue,
    double OracleValue,
    ChannelValues<double> Always,
    double ShareMatchingOracle)
{
    /// <summary>The value of the best one-size-fits-all channel.</summary>
    public double BestSingleChannel => Math.Max(Always.Phone, Math.Max(Always.Email, Always.Both));

    /// <summary>The oracle's value less the recommendations'.</summary>
    public double Regret => OracleValue - PolicyValue;

    /// <summary>NaN when no channel beats any other (the null scenario): there is nothing to normalise by.</summary>
    public double NormalisedRegret => OracleValue - BestSingleChannel > 1e-12 ? Regret / (OracleValue - BestSingleChannel) : double.NaN;

    /// <summary>Compares the recommendations of the customers that have a truth row.</summary>
    /// <exception cref="BadDataException">No recommended customer appears in the truth.</exception>
    public static TruthEvaluation Of(IReadOnlyList<ChannelRecommendation> recommendations, IReadOnlyList<GroundTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentNullException.ThrowIfNull(truth);
        var byCustomer = truth.ToDictionary(t => t.CustomerId, StringComparer.Ordinal);
        var pairs = recommendations.Where(r => byCustomer.ContainsKey(r.CustomerId))
            .Select(r => (Recommended: r.Channel, Truth: byCustomer[r.CustomerId])).ToArray();
        if (pairs.Length == 0)
            throw new BadDataException("none of the recommended customers appears in the ground truth");
        return new TruthEvaluation(
            pairs.Length,
            pairs.Average(p => p.Truth.PPaid[p.Recommended]),
            pairs.Average(p => Math.Max(p.Truth.PPaid.Phone, Math.Max(p.Truth.PPaid.Email, p.Truth.PPaid.Both))),
            ChannelValues<double>.From(mix => pairs.Average(p => p.Truth.PPaid[mix])),
            // A channel as good as the truth's best matches it: where channels tie (the null world), the truth names one.
            pairs.Average(p => p.Truth.PPaid[p.Recommended] >= p.Truth.PPaid[p.Truth.BestChannel] - 1e-12 ? 1.0 : 0.0));
    }
}
