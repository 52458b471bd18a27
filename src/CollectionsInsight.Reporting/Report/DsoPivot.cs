using CollectionsInsight.Metrics;

namespace CollectionsInsight.Reporting.Report;

/// <summary>Monthly DSO of the whole book pivoted to month × mix (<c>all</c> first), the shape a line chart needs.</summary>
internal sealed record DsoPivot(IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Mixes, IReadOnlyList<double?[]> Values)
{
    /// <summary>The whole book's DSO rows per month for the book (<c>all</c>) and each mix, latest month last.</summary>
    public static IReadOnlyList<DsoMonth> Book(ChannelEffectivenessResult effectiveness) =>
        effectiveness.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup).ToArray();

    /// <summary>The whole book's own DSO rows (all invoices, not one mix), one per month, latest month last.</summary>
    public static IReadOnlyList<DsoMonth> BookTotal(ChannelEffectivenessResult effectiveness) =>
        effectiveness.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).ToArray();

    public static DsoPivot Of(ChannelEffectivenessResult effectiveness)
    {
        var rows = Book(effectiveness);
        var months = rows.Select(d => d.Month).Distinct().Order().ToArray();
        var mixes = rows.Select(d => d.ChannelMix).Distinct().ToArray();
        var byKey = rows.ToDictionary(d => (d.Month, d.ChannelMix), d => d.Dso.Days);
        var values = months.Select(month => mixes.Select(mix => byKey.GetValueOrDefault((month, mix))).ToArray()).ToArray();
        return new DsoPivot(months, mixes, values);
    }
}
