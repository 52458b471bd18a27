using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>The channels the model chooses between, as indices 0 = phone, 1 = email, 2 = both.</summary>
internal static class Channels
{
    public const int Count = 3;

    public static readonly ChannelMix[] All = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    /// <summary>The one-hot columns that tell a model which channel a row is about.</summary>
    public static readonly string[] IndicatorColumns = ["channel_phone", "channel_email", "channel_both"];

    public static int IndexOf(ChannelMix mix) => mix switch
    {
        ChannelMix.Phone => 0,
        ChannelMix.Email => 1,
        ChannelMix.Both => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(mix), mix, "the model chooses between phone, email and both"),
    };

    /// <summary>
    /// Which channels a customer can be contacted by (phone, email, both): phone needs a phone number on file, email an
    /// email address, both needs both. A customer with neither is reachable by none, and then no channel is ruled out:
    /// the recommendation still ranks them, and its first reasons name the missing details.
    /// </summary>
    public static bool[] Reachable(bool hasPhone, bool hasEmail) =>
        hasPhone || hasEmail ? [hasPhone, hasEmail, hasPhone && hasEmail] : [true, true, true];

    /// <summary>Per row of <paramref name="x"/>, <see cref="Reachable(bool, bool)"/> from its contact features (rows × 3).</summary>
    public static bool[] Reachable(FeatureMatrix x)
    {
        var (phoneMissing, emailMissing) = (x.ColumnIndex(FeatureSchema.PhoneMissing), x.ColumnIndex(FeatureSchema.EmailMissing));
        return Enumerable.Range(0, x.Rows).SelectMany(i => Reachable(x[i, phoneMissing] != 1, x[i, emailMissing] != 1)).ToArray();
    }
}
