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

    /// <summary>AR at period end, the amount counted back, in invoice currency.</summary>
    public decimal ArEnd { get; }

    /// <summary>The months reached, newest first.</summary>
    public IReadOnlyList<CountbackStep> Steps { get; }

    /// <summary>Days of all months available to count back; <see cref="Days"/> never exceeds it.</summary>
    public int PeriodDays { get; }

    /// <summary>AR older than the period (AR end − all sales of the period); 0 unless AR exceeds all sales.</summary>
    public decimal ArBeyondSales { get; }

    /// <summary>Countback DSO in days: the days of sales the AR at period end amounts to; 0 when there is no AR.</summary>
    public double Days { get; }

    /// <summary>The countback month by month, newest first, as text a credit manager can check by hand.</summary>
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
