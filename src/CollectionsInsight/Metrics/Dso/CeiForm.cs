namespace CollectionsInsight.Metrics;

/// <summary>Which sales figure the collection effectiveness index uses.</summary>
public enum CeiForm
{
    /// <summary>Average monthly sales, sales / N (the Credit Research Foundation form).</summary>
    CreditResearchFoundation,

    /// <summary>Total sales of the period, without dividing by N.</summary>
    TotalSales,
}
