using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// The truth about one customer for a new collection effort starting at the end date, on a typical invoice
/// (the customer's usual size, 5 days overdue): the probability of payment within the horizon and the
/// expected days to settle under each channel (as the customer stands at the end date: new or not, contact details
/// still working or gone stale), and the channel with the highest probability
/// (email when the channels tie, as in the null scenario: it costs the least). Only channels the customer can be
/// reached by count: for a customer without a phone number, phone and both mean what they can, an email, and the
/// best channel is email; without an email address, phone.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="PPaid">The true probability of payment within the horizon under each channel.</param>
/// <param name="Days">The expected days to settle under each channel.</param>
/// <param name="BestChannel">The channel with the highest probability of payment among those the customer can be reached by.</param>
public sealed record GroundTruth(string CustomerId, ChannelValues<double> PPaid, ChannelValues<double> Days, ChannelMix BestChannel);

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

/// <summary>A generated history in memory, with its ground truth.</summary>
public sealed record SyntheticData(
    GeneratorOptions Options,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<ContactAttempt> ContactAttempts,
    IReadOnlyList<GroundTruth> GroundTruth,
    IReadOnlyList<EpisodeTruth> Episodes)
{
    /// <summary>The generated records as a validated history, as if loaded from the files.</summary>
    public CollectionHistory ToHistory() => CollectionHistory.FromRecords(Customers, Invoices, Payments, ContactAttempts);
}
