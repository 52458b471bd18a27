namespace CollectionsInsight.Metrics;

/// <summary>
/// One month of a countback, newest first: the whole month's days when the AR left covers its sales,
/// otherwise the fraction AR left / sales × days, which ends the countback.
/// </summary>
public sealed record CountbackStep
{
    internal CountbackStep(MonthSales month, decimal arBefore)
    {
        Month = month.Label;
        Sales = month.Sales;
        MonthDays = month.Days;
        ArBefore = arBefore;
        IsFullMonth = arBefore >= month.Sales;
        DaysCounted = IsFullMonth ? month.Days : arBefore / month.Sales * month.Days;
        ArAfter = IsFullMonth ? arBefore - month.Sales : 0;
    }

    /// <summary>The month's label: yyyy-MM for a calendar month.</summary>
    public string Month { get; }

    /// <summary>Credit sales of the month, in invoice currency.</summary>
    public decimal Sales { get; }

    /// <summary>Days the month counts under the day-count convention.</summary>
    public int MonthDays { get; }

    /// <summary>AR not yet accounted for by newer months.</summary>
    public decimal ArBefore { get; }

    /// <summary>True when the AR left covers the month's sales, so all its days count and the countback goes on.</summary>
    public bool IsFullMonth { get; }

    /// <summary>Days this month adds to the countback DSO: all its days, or AR left / sales × days.</summary>
    public decimal DaysCounted { get; }

    /// <summary>AR left for older months; 0 once a partial month ends the countback.</summary>
    public decimal ArAfter { get; }

    /// <summary>This step as one line of arithmetic.</summary>
    public string Explain() => IsFullMonth
        ? $"{Month}: {Text.Money(ArBefore)} ≥ sales {Text.Money(Sales)} → all {MonthDays} days, {Text.Money(ArAfter)} left"
        : $"{Month}: {Text.Money(ArBefore)} < sales {Text.Money(Sales)} → {Text.Money(ArBefore)} / {Text.Money(Sales)} × {MonthDays} = {Text.Days((double)DaysCounted)} days";
}
