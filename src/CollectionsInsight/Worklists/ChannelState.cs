namespace CollectionsInsight.Worklists;

/// <summary>Whether a contact channel can reach the customer.</summary>
internal enum ChannelState { Works, Missing, Failing }
