using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>The recommendation for one customer: the channel, the predicted outcomes, the expected gain and why.</summary>
/// <param name="CustomerId">The customer the recommendation is for.</param>
/// <param name="InvoiceId">The oldest open overdue invoice the effort is about; null for a typical invoice.</param>
/// <param name="Channel">The recommended channel: phone, email or both.</param>
/// <param name="RunnerUp">The next best channel the customer can be reached by; null when the recommended one is the only one.</param>
/// <param name="PPaid">The predicted probability of payment within the horizon under each channel.</param>
/// <param name="CurrentPractice">The predicted probability under the channels collectors give such customers today (propensity-weighted).</param>
/// <param name="ExpectedGain">Predicted probability under the recommendation minus <paramref name="CurrentPractice"/>.</param>
/// <param name="LowConfidence">Customers like this rarely got the recommended channel, so the prediction rests on little data.</param>
/// <param name="Reasons">Up to three reasons in plain words: a missing contact detail that ruled channels out, then the features that most favour the recommendation over the next best channel.</param>
public sealed record ChannelRecommendation(
    string CustomerId,
    string? InvoiceId,
    ChannelMix Channel,
    ChannelMix? RunnerUp,
    ChannelValues<double> PPaid,
    double CurrentPractice,
    double ExpectedGain,
    bool LowConfidence,
    IReadOnlyList<string> Reasons);
