using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>How the model sees the channel choices: as one-hot columns, and as reachable or not per customer.</summary>
internal static class Channels
{
    /// <summary>The one-hot columns that tell a model which channel a row is about (phone, email, both).</summary>
    public static readonly IReadOnlyList<string> IndicatorColumns = ["channel_phone", "channel_email", "channel_both"];

    /// <summary>
    /// Which channels a customer can be contacted by: phone needs a phone number on file, email an email address, both
    /// needs both. A customer with neither is reachable by none, and then no channel is ruled out: the recommendation
    /// still ranks them, and its first reasons name the missing details.
    /// </summary>
    public static ChannelValues<bool> Reachable(bool hasPhone, bool hasEmail) =>
        hasPhone || hasEmail ? new(hasPhone, hasEmail, hasPhone && hasEmail) : new(true, true, true);

    /// <summary>Per row of <paramref name="x"/>, <see cref="Reachable(bool, bool)"/> from its contact features.</summary>
    public static ChannelTable<bool> Reachable(FeatureMatrix x)
    {
        var (phoneMissing, emailMissing) = (x.ColumnIndex(FeatureSchema.PhoneMissing), x.ColumnIndex(FeatureSchema.EmailMissing));
        var reachable = new ChannelTable<bool>(x.Rows);
        for (var i = 0; i < x.Rows; i++)
        {
            var row = Reachable(x[i, phoneMissing] != 1, x[i, emailMissing] != 1);
            foreach (var mix in ChannelChoices.All)
                reachable[i, mix] = row[mix];
        }
        return reachable;
    }
}
