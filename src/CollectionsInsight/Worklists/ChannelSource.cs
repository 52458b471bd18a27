namespace CollectionsInsight.Worklists;

/// <summary>Who chose the recommended channel: the contact rules alone, a channel model's advice, or the challenger draw.</summary>
public enum ChannelSource
{
    /// <summary>The contact rules chose: no advice for the customer, or only low-confidence advice.</summary>
    Rules,

    /// <summary>A channel model's confident advice chose.</summary>
    Model,

    /// <summary>
    /// Drawn at random for the challenger share of a champion/challenger test (<see cref="WorklistOptions.ChallengerShare"/>).
    /// </summary>
    Challenger,
}
