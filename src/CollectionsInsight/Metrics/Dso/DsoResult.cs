namespace CollectionsInsight.Metrics;

/// <summary>DSO = AR at period end / credit sales in the period × D, with D the days of the period.</summary>
public sealed record DsoResult
{
    internal DsoResult(decimal arEnd, IReadOnlyList<MonthSales> months)
    {
        ArEnd = arEnd;
        Months = months;
        Sales = months.Sum(m => m.Sales);
        PeriodDays = months.Sum(m => m.Days);
        Days = DsoCalculator.Ratio(arEnd, Sales, PeriodDays);
    }

    /// <summary>Accounts receivable at period end (open invoice amounts), in invoice currency.</summary>
    public decimal ArEnd { get; }

    /// <summary>The months used, oldest first, with the days counted for each.</summary>
    public IReadOnlyList<MonthSales> Months { get; }

    /// <summary>Credit sales of all months of the period, in invoice currency.</summary>
    public decimal Sales { get; }

    /// <summary>D, the sum of the months' days.</summary>
    public int PeriodDays { get; }

    /// <summary>DSO in days; null when there were no credit sales in the period.</summary>
    public double? Days { get; }

    /// <summary>The calculation with its inputs, as text a credit manager can check by hand.</summary>
    public string Explain() =>
        DsoCalculator.ExplainRatio("DSO = AR end / credit sales × days", ArEnd, Months, Days);
}
