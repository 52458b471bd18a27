namespace CollectionsInsight.Metrics;

/// <summary>The rare knobs of the DSO family.</summary>
public sealed record DsoOptions
{
    public DayCountConvention DayCount { get; init; } = DayCountConvention.MonthDays;

    public CeiForm CeiForm { get; init; } = CeiForm.CreditResearchFoundation;
}
