using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>The channels the model chooses between, as indices 0 = phone, 1 = email, 2 = both.</summary>
internal static class Channels
{
    public const int Count = 3;

    public static readonly ChannelMix[] All = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    public static int IndexOf(ChannelMix mix) => mix switch
    {
        ChannelMix.Phone => 0,
        ChannelMix.Email => 1,
        ChannelMix.Both => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(mix), mix, "the model chooses between phone, email and both"),
    };

    /// <summary>
    /// Per row of <paramref name="x"/>, which channels its customer can be contacted by (rows × 3): phone needs a
    /// phone number on file, email an email address, both needs both. A customer with neither is reachable by none,
    /// and then no channel is ruled out: the recommendation still ranks them, and its first reasons name the missing details.
    /// </summary>
    public static bool[] Reachable(FeatureMatrix x)
    {
        var phoneMissing = x.ColumnIndex(FeatureSchema.PhoneMissing);
        var emailMissing = x.ColumnIndex(FeatureSchema.EmailMissing);
        var reachable = new bool[x.Rows * Count];
        for (var i = 0; i < x.Rows; i++)
        {
            var phone = x[i, phoneMissing] != 1;
            var email = x[i, emailMissing] != 1;
            var row = reachable.AsSpan(i * Count, Count);
            if (!phone && !email)
            {
                row.Fill(true);
                continue;
            }
            row[0] = phone;
            row[1] = email;
            row[2] = phone && email;
        }
        return reachable;
    }
}
