namespace CollectionsInsight.Metrics;

/// <summary>
/// The DSO family for one month (its period: the month and the <see cref="ChannelEffectivenessOptions.DsoPeriodMonths"/>−1
/// before it, fewer at the start of the history) for the whole book (<see cref="ChannelMix"/> "all") or one channel mix
/// (lifetime view), with the inputs. AR is the open balance of invoices at a month's end; money is in invoice currency.
/// </summary>
/// <param name="Group">"all", or the value of the attribute the tables are split by (<see cref="GroupAttribute"/>).</param>
/// <param name="ChannelMix">"all" for every invoice, or the lifetime channel mix of the invoices counted (none, phone, email, both, other).</param>
/// <param name="Month">The first day of the calendar month, the last month of the period.</param>
/// <param name="Sales">Credit sales invoiced in this month alone.</param>
/// <param name="Dso">DSO over the period.</param>
/// <param name="Countback">Countback DSO over up to the 12 months ending with this one.</param>
/// <param name="BestPossible">Best possible DSO over the period.</param>
/// <param name="AverageDaysDelinquent">ADD = DSO − best possible DSO over the period.</param>
/// <param name="Cei">CEI over the period, Credit Research Foundation form (sales / N).</param>
/// <param name="CeiWithoutN">CEI over the period with total sales instead of sales / N.</param>
/// <param name="ArEndByAge">
/// AR at the end of this month by how many days past due it was then, in the buckets of the aging
/// (<see cref="AgingBucket.Buckets"/>: not yet due first, then 1-30, 31-60, 61-90, 91-120, over 120); they add up to
/// <see cref="ArEnd"/>, and the first is <see cref="CurrentArEnd"/>. Month by month, the aged AR trend.
/// </param>
public sealed record DsoMonth(
    string Group,
    string ChannelMix,
    DateOnly Month,
    decimal Sales,
    DsoResult Dso,
    CountbackDsoResult Countback,
    BestPossibleDsoResult BestPossible,
    AddResult AverageDaysDelinquent,
    CeiResult Cei,
    CeiResult CeiWithoutN,
    IReadOnlyList<decimal> ArEndByAge)
{
    /// <summary>AR at the end of the month before the period; 0 when the period starts with the history's first month.</summary>
    public decimal ArStart => Cei.ArStart;

    /// <summary>AR at the end of this month.</summary>
    public decimal ArEnd => Cei.ArEnd;

    /// <summary>The part of <see cref="ArEnd"/> not yet due at the end of this month.</summary>
    public decimal CurrentArEnd => Cei.CurrentArEnd;

    /// <summary>The part of <see cref="ArEnd"/> more than 90 days past due at the end of this month.</summary>
    public decimal ArEndOver90 => AgingBucket.Buckets.Select((b, i) => b.FromDaysPastDue > 90 ? ArEndByAge[i] : 0m).Sum();

    /// <summary>The share of <see cref="ArEnd"/> that was past due at the end of this month; null without AR.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? PastDueShare => ArEnd > 0 ? (double)((ArEnd - CurrentArEnd) / ArEnd) : null;

    /// <summary>The share of <see cref="ArEnd"/> that was more than 90 days past due at the end of this month; null without AR.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? Over90Share => ArEnd > 0 ? (double)(ArEndOver90 / ArEnd) : null;
}
