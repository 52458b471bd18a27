using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// The truth about one generated collection episode: the channel the collector chose, whether that choice
/// was randomised (not confounded), the true probabilities of payment within the horizon under each
/// channel, and what happened.
/// </summary>
/// <param name="InvoiceId">The invoice the episode is about.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="StartedOn">The first contact of the episode.</param>
/// <param name="Channel">The channel the collector chose.</param>
/// <param name="Randomised">The choice was randomised, not confounded.</param>
/// <param name="PPaid">The true probability of payment within the horizon under each channel.</param>
/// <param name="PaidWithinHorizon">What happened.</param>
public sealed record EpisodeTruth(
    string InvoiceId,
    string CustomerId,
    DateOnly StartedOn,
    ChannelMix Channel,
    bool Randomised,
    ChannelValues<double> PPaid,
    bool PaidWithinHorizon);
