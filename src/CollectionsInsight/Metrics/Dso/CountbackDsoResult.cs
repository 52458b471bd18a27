namespace CollectionsInsight.Metrics;

/// <summary>
/// Countback DSO: from AR at period end, subtract monthly credit sales newest month first, adding each month's
/// days, and for the last month reached the fraction AR left / that month's sales × its days. When AR exceeds
/// all sales of the period, every day of the period is counted and nothing more.
/// </summary>
public sealed record CountbackDsoResult
{
    internal CountbackDsoResult(decimal arEnd, IReadOnlyList<CountbackStep> steps, int periodDays)
    {
        ArEnd = arEnd;
        Steps = steps;
        PeriodDays = periodDays;
        ArBeyondSales = steps.Count == 0 ? 0 : steps[^1].ArAfter;
        Days = (double)steps.Sum(s => s.DaysCounted);
    }

    public decimal ArEnd { get; }

    /// <summary>The months reached, newest first.</summary>
    public IReadOnlyList<CountbackStep> Steps { get; }

    public int PeriodDays { get; }

    /// <summary>AR older than the period (AR end − all sales of the period); 0 unless AR exceeds all sales.</summary>
    public decimal ArBeyondSales { get; }

    public double Days { get; }

    public string Explain()
    {
        if (Steps.Count == 0)
            return "Countback DSO = 0 days: AR end is 0";
        var lines = new List<string> { $"Countback DSO from AR end {Text.Money(ArEnd)}, newest month first:" };
        lines.AddRange(Steps.Select(s => "  " + s.Explain()));
        lines.Add($"Countback DSO = {string.Join(" + ", Steps.Select(s => Text.Days((double)s.DaysCounted)))} = {Text.Days(Days)} days");
        if (ArBeyondSales > 0)
            lines.Add($"AR exceeds all credit sales of the period by {Text.Money(ArBeyondSales)}: every day of the period " +
                $"is counted and nothing more, so {Text.Days(Days)} days understates the true figure");
        return string.Join("\n", lines);
    }
}
