namespace CollectionsInsight.Metrics;

/// <summary>
/// The inputs of the DSO family for a period of consecutive months: each month's credit sales (oldest first),
/// accounts receivable at the start and end of the period, and the current (not yet due) part of the end AR.
/// </summary>
public sealed class DsoPeriod
{
    /// <summary>A period from its months' credit sales and its AR figures (all in invoice currency).</summary>
    /// <param name="months">Credit sales of each month, oldest first; calendar months must be consecutive.</param>
    /// <param name="arStart">AR at the start of the period (the end of the month before it).</param>
    /// <param name="arEnd">AR at the end of the last month.</param>
    /// <param name="currentArEnd">The part of <paramref name="arEnd"/> not yet due.</param>
    /// <exception cref="ArgumentException">No months; calendar months not consecutive or not oldest first;
    /// a negative AR; current AR above AR at end.</exception>
    public DsoPeriod(IEnumerable<MonthSales> months, decimal arStart, decimal arEnd, decimal currentArEnd)
    {
        ArgumentNullException.ThrowIfNull(months);
        var list = months.ToArray();
        if (list.Length == 0)
            throw new ArgumentException("a period needs at least one month", nameof(months));
        for (var i = 1; i < list.Length; i++)
        {
            if (list[i - 1].Month is { } previous && list[i].Month is { } month && month != previous.AddMonths(1))
                throw new ArgumentException(
                    $"months must be consecutive, oldest first: {list[i].Label} follows {list[i - 1].Label}", nameof(months));
        }
        Receivable(arStart, nameof(arStart));
        Receivable(arEnd, nameof(arEnd));
        Receivable(currentArEnd, nameof(currentArEnd));
        if (currentArEnd > arEnd)
            throw new ArgumentException($"current AR at end ({currentArEnd}) cannot exceed AR at end ({arEnd})", nameof(currentArEnd));
        Months = Array.AsReadOnly(list);
        ArStart = arStart;
        ArEnd = arEnd;
        CurrentArEnd = currentArEnd;
    }

    /// <summary>The months of the period, oldest first.</summary>
    public IReadOnlyList<MonthSales> Months { get; }

    /// <summary>AR at the start of the period (the end of the month before it), in invoice currency.</summary>
    public decimal ArStart { get; }

    /// <summary>AR at the end of the last month, in invoice currency.</summary>
    public decimal ArEnd { get; }

    /// <summary>The part of <see cref="ArEnd"/> that is not yet due.</summary>
    public decimal CurrentArEnd { get; }

    /// <summary>
    /// False when the history starts inside the period or at its first month: <see cref="ArStart"/> is then 0 for want
    /// of earlier invoices, not because nothing was owed, and CEI, which collects against it, is undefined.
    /// </summary>
    public bool ArStartKnown { get; init; } = true;

    private static void Receivable(decimal amount, string parameter)
    {
        if (amount < 0)
            throw new ArgumentOutOfRangeException(parameter, amount, "receivables cannot be negative");
    }
}
