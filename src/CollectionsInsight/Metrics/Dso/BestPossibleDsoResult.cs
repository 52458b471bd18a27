namespace CollectionsInsight.Metrics;

/// <summary>Best possible DSO = current (not yet due) AR at period end / credit sales in the period × D.</summary>
public sealed record BestPossibleDsoResult
{
    internal BestPossibleDsoResult(decimal currentArEnd, IReadOnlyList<MonthSales> months)
    {
        CurrentArEnd = currentArEnd;
        Months = months;
        Sales = months.Sum(m => m.Sales);
        PeriodDays = months.Sum(m => m.Days);
        Days = DsoCalculator.Ratio(currentArEnd, Sales, PeriodDays);
    }

    /// <summary>AR at period end that is not yet due, in invoice currency.</summary>
    public decimal CurrentArEnd { get; }

    /// <summary>The months used, oldest first, with the days counted for each.</summary>
    public IReadOnlyList<MonthSales> Months { get; }

    /// <summary>Credit sales of all months of the period, in invoice currency.</summary>
    public decimal Sales { get; }

    /// <summary>D, the sum of the months' days.</summary>
    public int PeriodDays { get; }

    /// <summary>Best possible DSO in days; null when there were no credit sales in the period.</summary>
    public double? Days { get; }

    /// <summary>The calculation with its inputs, as text a credit manager can check by hand.</summary>
    public string Explain() =>
        DsoCalculator.ExplainRatio("Best possible DSO = current AR end / credit sales × days", CurrentArEnd, Months, Days);
}
