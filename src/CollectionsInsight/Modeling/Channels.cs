using CollectionsInsight.Domain;

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
}
