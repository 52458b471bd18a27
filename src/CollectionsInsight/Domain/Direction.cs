namespace CollectionsInsight.Domain;

/// <summary>Who started the contact.</summary>
public enum Direction
{
    /// <summary>The collector contacted the customer (the default when the export does not say).</summary>
    Outbound,

    /// <summary>The customer contacted the collector.</summary>
    Inbound,
}
