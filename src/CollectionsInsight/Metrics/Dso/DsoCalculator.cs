namespace CollectionsInsight.Metrics;

/// <summary>
/// The DSO family over a <see cref="DsoPeriod"/>: DSO, countback DSO, best possible DSO, average days
/// delinquent and the collection effectiveness index. Every result can <c>Explain()</c> itself with its numbers.
/// </summary>
public static class DsoCalculator
{
    /// <summary>DSO = AR end / credit sales × D.</summary>
    public static DsoResult Dso(DsoPeriod period, DsoOptions? options = null)
    {
        var months = CountedMonths(period, options);
        return new DsoResult(period.ArEnd, months);
    }

    /// <summary>Best possible DSO = current AR end / credit sales × D.</summary>
    public static BestPossibleDsoResult BestPossibleDso(DsoPeriod period, DsoOptions? options = null)
    {
        var months = CountedMonths(period, options);
        return new BestPossibleDsoResult(period.CurrentArEnd, months);
    }

    /// <summary>ADD = DSO − best possible DSO.</summary>
    public static AddResult AverageDaysDelinquent(DsoPeriod period, DsoOptions? options = null) =>
        new(Dso(period, options), BestPossibleDso(period, options));

    /// <summary>Countback DSO: see <see cref="CountbackDsoResult"/>.</summary>
    public static CountbackDsoResult CountbackDso(DsoPeriod period, DsoOptions? options = null)
    {
        var months = CountedMonths(period, options);
        var steps = new List<CountbackStep>();
        var left = period.ArEnd;
        for (var i = months.Count - 1; i >= 0 && left > 0; i--)
        {
            var step = new CountbackStep(months[i], left);
            steps.Add(step);
            left = step.ArAfter;
        }
        return new CountbackDsoResult(period.ArEnd, steps.AsReadOnly(), months.Sum(m => m.Days));
    }

    /// <summary>CEI in the form chosen by <see cref="DsoOptions.CeiForm"/>; see <see cref="CeiResult"/>.</summary>
    public static CeiResult Cei(DsoPeriod period, DsoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new CeiResult(period, (options ?? new DsoOptions()).CeiForm);
    }

    internal static double? Ratio(decimal receivables, decimal sales, int days) =>
        sales == 0 ? null : (double)(receivables / sales * days);

    internal static string ExplainRatio(string formula, decimal receivables, IReadOnlyList<MonthSales> months, double? days)
    {
        var sales = months.Sum(m => m.Sales);
        var periodDays = months.Sum(m => m.Days);
        if (days is null)
            return $"{formula}: undefined, there were no credit sales in the {periodDays} days of the period";
        var text = $"{formula} = {Text.Money(receivables)} / {Text.Sum(months, m => Text.Money(m.Sales))} × {Text.Sum(months, m => m.Days.ToString())}";
        if (months.Count > 1)
            text += $" = {Text.Money(receivables)} / {Text.Money(sales)} × {periodDays}";
        return $"{text} = {Text.Days(days.Value)} days";
    }

    private static IReadOnlyList<MonthSales> CountedMonths(DsoPeriod period, DsoOptions? options)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (options ?? new DsoOptions()).DayCount == DayCountConvention.ThirtyDayMonths
            ? period.Months.Select(m => m.WithDays(30)).ToList().AsReadOnly()
            : period.Months;
    }
}
