using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>
/// A channel model's advice for one customer, as the worklist takes it in: the recommended channel
/// (phone, email or both), the predicted probability of payment under each channel, the expected gain
/// of the recommendation (a probability difference), whether the model rarely saw such customers with
/// that channel, and its top reasons. Any model can produce it; the worklist does not depend on one.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">The recommended channel.</param>
/// <param name="PPaid">The predicted probability of payment under each channel.</param>
/// <param name="ExpectedGain">The expected gain of the recommendation over current practice.</param>
/// <param name="LowConfidence">The model rarely saw such customers with that channel.</param>
/// <param name="Reasons">The model's top reasons, in plain words.</param>
public sealed record ChannelAdvice(
    string CustomerId,
    ChannelMix Channel,
    ChannelValues<double> PPaid,
    double ExpectedGain,
    bool LowConfidence,
    IReadOnlyList<string> Reasons);
