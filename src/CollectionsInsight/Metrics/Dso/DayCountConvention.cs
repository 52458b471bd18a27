namespace CollectionsInsight.Metrics;

/// <summary>How the days of a DSO period are counted.</summary>
public enum DayCountConvention
{
    /// <summary>Each month counts its own days: calendar days, or the days given for a labelled month.</summary>
    MonthDays,

    /// <summary>Every month counts 30 days (the convention of many published examples).</summary>
    ThirtyDayMonths,
}
