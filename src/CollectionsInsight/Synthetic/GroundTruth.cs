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
