using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>Who chose the recommended channel: the contact rules alone, or a channel model's advice.</summary>
public enum ChannelSource { Rules, Model }
