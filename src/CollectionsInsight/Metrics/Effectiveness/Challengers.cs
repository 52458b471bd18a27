using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The challenger draw of a champion/challenger test: per customer, whether it is in the challenger share and, if so,
/// which channel it gets (phone, email or both, one in three each). The draw depends on the seed and the customer id
/// alone, so a customer keeps its channel from one worklist to the next for the whole test, and customers added or
/// removed change no one else's draw.
/// </summary>
internal static class Challengers
{
    private static readonly ChannelMix[] Channels = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    /// <summary>The drawn channel, or null when the customer is not in the challenger share.</summary>
    public static ChannelMix? Draw(string customerId, int seed, double share)
    {
        if (share <= 0) return null;
        // Each customer starts at its own point of the seed's sequence: a stable hash of its id
        // (string.GetHashCode differs from process to process).
        var random = SplitMix64.At(seed, Fnv1a(customerId));
        var uniform = (random.NextBits() >> 11) * (1.0 / (1UL << 53));
        return uniform < share ? Channels[random.Next(Channels.Length)] : null;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
