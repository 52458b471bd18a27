using CollectionsInsight.Metrics;

namespace CollectionsInsight.Reporting.Report;

/// <summary>Monthly DSO of the whole book pivoted to month × mix (<c>all</c> first), the shape a line chart needs.</summary>
internal sealed record DsoPivot(IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Mixes, IReadOnlyList<double?[]> Values)
{
    public static DsoPivot Of(ChannelEffectivenessResult effectiveness)
    {
        var rows = effectiveness.BookDso();
        var months = rows.Select(d => d.Month).Distinct().Order().ToArray();
        var mixes = rows.Select(d => d.ChannelMix).Distinct().ToArray();
        var byKey = rows.ToDictionary(d => (d.Month, d.ChannelMix), d => d.Dso.Days);
        var values = months.Select(month => mixes.Select(mix => byKey.GetValueOrDefault((month, mix))).ToArray()).ToArray();
        return new DsoPivot(months, mixes, values);
    }
}
