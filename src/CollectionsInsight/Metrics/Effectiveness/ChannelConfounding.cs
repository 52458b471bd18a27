using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Names the confounding in the history's own figures. Before the first contact, the invoices that collectors phoned,
/// emailed or both differed in size and in how late their customers had paid before. So the caveat on comparing
/// channels says what this team's choices were, not what collectors usually do.
/// </summary>
internal static class ChannelConfounding
{
    /// <summary>Fewer episodes of a mix than this say too little about whom it went to.</summary>
    private const int MinEpisodes = 20;

    private const string Adjusts = "The channel model (train) adjusts for what the data records.";

    private static readonly ChannelMix[] Compared = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    /// <summary>The caveat of a history without contacts, such as an export of invoices alone.</summary>
    internal const string NoEpisodes =
        "No invoice was chased by phone or email in this history (no outbound call or email about an invoice), so channels are not compared.";

    /// <summary>
    /// The caveat on comparing channels, with this history's figures where at least two mixes of the episode view (the
    /// first <paramref name="windowDays"/> days of collection) have enough episodes.
    /// </summary>
    public static string Caveat(IReadOnlyList<CollectionEpisode> episodes, int windowDays)
    {
        if (!episodes.Any(e => e.StartedOn is not null))
            return NoEpisodes;
        var (amounts, lateShares) = Profiles(episodes);
        var used = Compared.Where(mix => amounts[mix].Count > 0).ToArray();
        if (used.Length == 1)
        {
            return $"Every invoice in this history whose first {windowDays} days of collection used phone or email was chased {Way(used[0])}, "
                + "so channels cannot be compared from it; where collectors choose the channel by customer and case, even the episode view "
                + "would compare different customers.";
        }
        var shown = Compared.Where(mix => amounts[mix].Count >= MinEpisodes).ToArray();
        if (shown.Length < 2)
        {
            // No example of whom collectors phone or email: this history may have only one of them, and too few episodes to tell.
            return "Channel choice is likely confounded: collectors choose the channel by customer and case (by the amount owed, "
                + "say, or by how late the customer paid before), so even the episode view compares different customers. " + Adjusts;
        }
        var sizes = Plural.Listed(shown.Select((mix, k) =>
            $"{Way(mix)}{(k == 0 ? " had a median amount of" : "")} {DescriptiveStatistics.Median(amounts[mix]).ToString("N0", CultureInfo.InvariantCulture)}").ToArray());
        var lateness = Plural.Listed(shown.Select(mix =>
            lateShares[mix].Count == 0 ? "–" : lateShares[mix].Average().ToString("0%", CultureInfo.InvariantCulture)).ToArray());
        return "Channel choice is confounded: collectors choose the channel by customer and case, so even the episode view "
            + $"compares different customers. In this history, invoices whose first {windowDays} days of collection were {sizes}, "
            + $"and their customers had paid {lateness} of their invoices due before the first contact late. " + Adjusts;
    }

    private static string Way(ChannelMix mix) => mix == ChannelMix.Both ? "by phone and email" : $"by {mix.ToWord()}";

    /// <summary>
    /// Per mix of the episode view: the amount of every invoice collected with it, and for each one whose customer had
    /// invoices due before the first contact, the share of those not paid by their due date.
    /// </summary>
    private static (Dictionary<ChannelMix, List<double>> Amounts, Dictionary<ChannelMix, List<double>> LateShares) Profiles(
        IReadOnlyList<CollectionEpisode> episodes)
    {
        var amounts = Compared.ToDictionary(mix => mix, _ => new List<double>());
        var lateShares = Compared.ToDictionary(mix => mix, _ => new List<double>());
        // A customer's episodes are next to each other (see CollectionEpisode.BuildAll): one customer at a time. Each
        // invoice is one number, its due day times two plus one if it was not paid by then, so they sort as numbers.
        var dues = new int[16];
        var lateBefore = new int[17];
        for (var first = 0; first < episodes.Count;)
        {
            var customerId = episodes[first].Invoice.Invoice.CustomerId;
            var end = first;
            while (end < episodes.Count && episodes[end].Invoice.Invoice.CustomerId == customerId) end++;
            var count = end - first;
            if (dues.Length < count)
            {
                dues = new int[Math.Max(count, 2 * dues.Length)];
                lateBefore = new int[dues.Length + 1];
            }
            for (var k = 0; k < count; k++)
                dues[k] = Due(episodes[first + k].Invoice);
            var sorted = dues.AsSpan(0, count);
            sorted.Sort();
            for (var k = 0; k < count; k++)
                lateBefore[k + 1] = lateBefore[k] + (sorted[k] & 1);
            for (var e = first; e < end; e++)
            {
                var episode = episodes[e];
                if (episode.StartedOn is not { } start || !amounts.TryGetValue(episode.EpisodeMix, out var mixAmounts)) continue;
                var invoice = episode.Invoice;
                mixAmounts.Add((double)invoice.Invoice.Amount);
                // The invoices due before the first contact, but for this one.
                var due = LowerBound(sorted, start.DayNumber * 2);
                var late = lateBefore[due];
                if (invoice.Invoice.DueOn < start)
                {
                    due--;
                    late -= Due(invoice) & 1;
                }
                if (due > 0) lateShares[episode.EpisodeMix].Add(late / (double)due);
            }
            first = end;
        }
        return (amounts, lateShares);
    }

    private static int Due(InvoiceSettlement invoice) =>
        invoice.Invoice.DueOn.DayNumber * 2 + (invoice.SettledOn is { } settled && settled <= invoice.Invoice.DueOn ? 0 : 1);

    /// <summary>How many of the sorted values are below <paramref name="value"/>.</summary>
    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
