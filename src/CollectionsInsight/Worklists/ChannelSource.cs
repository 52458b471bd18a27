namespace CollectionsInsight.Worklists;

/// <summary>Who chose the recommended channel: the contact rules alone, or a channel model's advice.</summary>
public enum ChannelSource
{
    /// <summary>The contact rules chose: no advice for the customer, or only low-confidence advice.</summary>
    Rules,

    /// <summary>A channel model's confident advice chose.</summary>
    Model,
}
