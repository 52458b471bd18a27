using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Credit sales of one month of a DSO period. Either a calendar month (its days come from the calendar)
/// or a labelled month with an explicit day count (e.g. the 30-day months of textbook examples).
/// </summary>
public sealed record MonthSales
{
    /// <summary>A calendar month: <paramref name="month"/> may be any day in it; its days come from the calendar.</summary>
    public MonthSales(DateOnly month, decimal sales)
        : this(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), sales, DateTime.DaysInMonth(month.Year, month.Month),
            new DateOnly(month.Year, month.Month, 1))
    {
    }

    /// <summary>A labelled month with an explicit number of days (1 to 31).</summary>
    public MonthSales(string label, decimal sales, int days)
        : this(label, sales, days, null)
    {
    }

    private MonthSales(string label, decimal sales, int days, DateOnly? month)
    {
        Label = Guard.Id(label, nameof(label));
        if (sales < 0)
            throw new ArgumentOutOfRangeException(nameof(sales), sales, "credit sales of a month cannot be negative");
        if (days is < 1 or > 31)
            throw new ArgumentOutOfRangeException(nameof(days), days, "a month has 1 to 31 days");
        Sales = sales;
        Days = days;
        Month = month;
    }

    /// <summary>The month's name in explanations: yyyy-MM for a calendar month, else the label given.</summary>
    public string Label { get; }

    /// <summary>The first day of the calendar month; null for a labelled month.</summary>
    public DateOnly? Month { get; }

    /// <summary>Credit sales invoiced in the month (never negative), in invoice currency.</summary>
    public decimal Sales { get; }

    /// <summary>Days the month counts in a DSO period (1 to 31).</summary>
    public int Days { get; }

    internal MonthSales WithDays(int days) => days == Days ? this : new MonthSales(Label, Sales, days, Month);
}
