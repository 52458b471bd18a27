namespace CollectionsInsight.Metrics;

/// <summary>An attribute to split the tables by: of the customer, or the invoice's currency.</summary>
public enum GroupAttribute
{
    /// <summary>The customer's segment, e.g. SMB; "(none)" when missing.</summary>
    Segment,

    /// <summary>The customer's country code; "(none)" when missing.</summary>
    Country,

    /// <summary>The customer's payment terms, e.g. "30 days".</summary>
    Terms,

    /// <summary>
    /// The invoice's currency, e.g. EUR; "(none)" when missing. Amounts are never converted, so in a book of several
    /// currencies each currency's group is the one whose AR, sales and DSO add like with like.
    /// </summary>
    Currency,
}
