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

    public string Month { get; }

    public decimal Sales { get; }

    public int MonthDays { get; }

    /// <summary>AR not yet accounted for by newer months.</summary>
    public decimal ArBefore { get; }

    public bool IsFullMonth { get; }

    public decimal DaysCounted { get; }

    public decimal ArAfter { get; }

    public string Explain() => IsFullMonth
        ? $"{Month}: {Text.Money(ArBefore)} ≥ sales {Text.Money(Sales)} → all {MonthDays} days, {Text.Money(ArAfter)} left"
        : $"{Month}: {Text.Money(ArBefore)} < sales {Text.Money(Sales)} → {Text.Money(ArBefore)} / {Text.Money(Sales)} × {MonthDays} = {Text.Days((double)DaysCounted)} days";
}
