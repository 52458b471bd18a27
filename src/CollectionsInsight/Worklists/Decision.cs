using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>What the rules decided for a customer.</summary>
internal sealed record Decision(NextAction Action, ChannelMix Channel, DateOnly DueBy, string Reason);
