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

    public decimal CurrentArEnd { get; }

    /// <summary>The months used, oldest first, with the days counted for each.</summary>
    public IReadOnlyList<MonthSales> Months { get; }

    public decimal Sales { get; }

    /// <summary>D, the sum of the months' days.</summary>
    public int PeriodDays { get; }

    /// <summary>Null when there were no credit sales in the period.</summary>
    public double? Days { get; }

    public string Explain() =>
        DsoCalculator.ExplainRatio("Best possible DSO = current AR end / credit sales × days", CurrentArEnd, Months, Days);
}
