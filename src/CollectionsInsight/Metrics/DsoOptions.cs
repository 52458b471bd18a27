namespace CollectionsInsight.Metrics;

/// <summary>How the days of a DSO period are counted.</summary>
public enum DayCountConvention
{
    /// <summary>Each month counts its own days: calendar days, or the days given for a labelled month.</summary>
    MonthDays,

    /// <summary>Every month counts 30 days (the convention of many published examples).</summary>
    ThirtyDayMonths,
}

/// <summary>Which sales figure the collection effectiveness index uses.</summary>
public enum CeiForm
{
    /// <summary>Average monthly sales, sales / N (the Credit Research Foundation form).</summary>
    CreditResearchFoundation,

    /// <summary>Total sales of the period, without dividing by N.</summary>
    TotalSales,
}

/// <summary>The rare knobs of the DSO family.</summary>
public sealed record DsoOptions
{
    public DayCountConvention DayCount { get; init; } = DayCountConvention.MonthDays;

    public CeiForm CeiForm { get; init; } = CeiForm.CreditResearchFoundation;
}
