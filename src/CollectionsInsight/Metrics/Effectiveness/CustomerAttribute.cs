namespace CollectionsInsight.Metrics;

/// <summary>A customer attribute to split the tables by.</summary>
public enum CustomerAttribute
{
    /// <summary>The customer's segment, e.g. SMB; "(none)" when missing.</summary>
    Segment,

    /// <summary>The customer's country code; "(none)" when missing.</summary>
    Country,

    /// <summary>The customer's payment terms, e.g. "30 days".</summary>
    Terms,
}
