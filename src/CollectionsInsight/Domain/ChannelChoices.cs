using System.Diagnostics;

namespace CollectionsInsight.Domain;

/// <summary>The three channel mixes a collector can start an effort with, in their fixed order: phone, email, both.</summary>
public static class ChannelChoices
{
    /// <summary>How many choices there are.</summary>
    public const int Count = 3;

    /// <summary>Phone, email and both, in that order.</summary>
    public static IReadOnlyList<ChannelMix> All { get; } = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    /// <summary>The position of <paramref name="mix"/> in <see cref="All"/>: where its value sits in per-channel storage.</summary>
    internal static int IndexOf(ChannelMix mix) => mix switch
    {
        ChannelMix.Phone => 0,
        ChannelMix.Email => 1,
        ChannelMix.Both => 2,
        ChannelMix.None or ChannelMix.Other => throw new ArgumentOutOfRangeException(nameof(mix), mix, "only phone, email and both are choices"),
        _ => throw new UnreachableException($"channel mix {mix}"),
    };
}
