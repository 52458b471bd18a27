using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>
/// A channel model's advice for one customer, as the worklist takes it in: the recommended channel
/// (phone, email or both), the predicted probability of payment under each channel (quoted in the row's
/// reason), and whether the model rarely saw such customers with that channel. Any model can produce it;
/// the worklist does not depend on one.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">The recommended channel.</param>
/// <param name="PPaid">The predicted probability of payment under each channel.</param>
/// <param name="LowConfidence">The model rarely saw such customers with that channel.</param>
public sealed record ChannelAdvice(
    string CustomerId,
    ChannelMix Channel,
    ChannelValues<double> PPaid,
    bool LowConfidence);
