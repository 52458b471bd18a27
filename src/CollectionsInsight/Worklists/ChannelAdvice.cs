using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>
/// A channel model's advice for one customer, as the worklist takes it in: the recommended channel
/// (phone, email or both), the predicted probability of payment under each channel, the expected gain
/// of the recommendation (a probability difference), whether the model rarely saw such customers with
/// that channel, and its top reasons. Any model can produce it; the worklist does not depend on one.
/// </summary>
public sealed record ChannelAdvice(
    string CustomerId,
    ChannelMix Channel,
    double PPaidPhone,
    double PPaidEmail,
    double PPaidBoth,
    double ExpectedGain,
    bool LowConfidence,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The predicted probability of payment under <paramref name="mix"/> (phone, email or both).</summary>
    public double PPaid(ChannelMix mix) => ChannelChoices.Pick(mix, PPaidPhone, PPaidEmail, PPaidBoth);
}
