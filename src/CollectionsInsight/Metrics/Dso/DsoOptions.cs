namespace CollectionsInsight.Metrics;

/// <summary>The rare knobs of the DSO family.</summary>
public sealed record DsoOptions
{
    /// <summary>How the days of each month are counted (default: the month's own days).</summary>
    public DayCountConvention DayCount { get; init; } = DayCountConvention.MonthDays;

    /// <summary>The sales term of the CEI (default: sales / N, the Credit Research Foundation form).</summary>
    public CeiForm CeiForm { get; init; } = CeiForm.CreditResearchFoundation;
}
