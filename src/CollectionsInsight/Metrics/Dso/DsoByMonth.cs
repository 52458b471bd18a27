namespace CollectionsInsight.Metrics;

/// <summary>Turns a set of invoices into monthly sales and month-end AR, and those into the DSO family per month.</summary>
internal static class DsoByMonth
{
    /// <summary>Countback looks back at most this many months of sales.</summary>
    private const int CountbackMonths = 12;

    /// <summary>
    /// One row per complete calendar month from the first invoice's month to the last month ending on or before
    /// <paramref name="asOf"/>. AR is the open balance of (positive) invoices at the month's end, aged by days past due then;
    /// current AR the part not yet due.
    /// </summary>
    public static IEnumerable<DsoMonth> Compute(string group, string mix, IReadOnlyList<CollectionEpisode> episodes, DateOnly asOf, int periodMonths)
    {
        // Plain loops over the invoices, with the month ends worked out once: this runs over every invoice once per mix.
        var firstIssued = DateOnly.MaxValue;
        foreach (var episode in episodes)
        {
            var invoice = episode.Invoice.Invoice;
            if (!invoice.IsCreditNote && invoice.IssuedOn < firstIssued) firstIssued = invoice.IssuedOn;
        }
        if (firstIssued == DateOnly.MaxValue) yield break;
        var first = MonthOf(firstIssued);
        var months = new List<DateOnly>();
        var ends = new List<DateOnly>();
        for (var month = first; month.AddMonths(1).AddDays(-1) <= asOf; month = month.AddMonths(1))
        {
            months.Add(month);
            ends.Add(month.AddMonths(1).AddDays(-1));
        }
        if (months.Count == 0) yield break;

        var sales = new decimal[months.Count];
        var ar = new decimal[months.Count];
        // AR at each month's end by days past due then, in the aging's buckets (AgingBucket.Buckets; the first is not yet due).
        var aged = months.Select(_ => new decimal[AgingBucket.Buckets.Count]).ToArray();
        foreach (var episode in episodes)
        {
            var settlement = episode.Invoice;
            var invoice = settlement.Invoice;
            if (invoice.IsCreditNote) continue;
            var k = (invoice.IssuedOn.Year - first.Year) * 12 + invoice.IssuedOn.Month - first.Month;
            if (k >= months.Count) continue;
            sales[k] += invoice.Amount;
            for (; k < months.Count; k++)
            {
                var end = ends[k];
                if (settlement.IsSettledBy(end)) break;
                var open = settlement.OpenAmountOn(end);
                ar[k] += open;
                aged[k][AgingBucket.BucketOf(end.DayNumber - invoice.DueOn.DayNumber)] += open;
            }
        }

        for (var k = 0; k < months.Count; k++)
        {
            var from = Math.Max(0, k - periodMonths + 1);
            var arStart = from == 0 ? 0 : ar[from - 1];
            var current = aged[k][0];
            var period = new DsoPeriod(Range(months, sales, from, k), arStart, ar[k], current) { ArStartKnown = from > 0 };
            var countback = new DsoPeriod(Range(months, sales, Math.Max(0, k - CountbackMonths + 1), k), arStart, ar[k], current);
            yield return new DsoMonth(group, mix, months[k], sales[k],
                DsoCalculator.Dso(period),
                DsoCalculator.CountbackDso(countback),
                DsoCalculator.BestPossibleDso(period),
                DsoCalculator.AverageDaysDelinquent(period),
                DsoCalculator.Cei(period),
                DsoCalculator.Cei(period, new DsoOptions { CeiForm = CeiForm.TotalSales }),
                aged[k]);
        }
    }

    private static IEnumerable<MonthSales> Range(List<DateOnly> months, decimal[] sales, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => new MonthSales(months[i], sales[i]));

    private static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
}
