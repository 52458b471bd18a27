using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>The channel to use for ordinary contacts, before the practice rules, and who chose it.</summary>
internal sealed record ChannelChoice(ChannelMix Channel, ChannelSource Source, string Reason);
