using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The DSO family for one month (its period: the month and the <see cref="ChannelEffectivenessOptions.DsoPeriodMonths"/>−1
/// before it) for the whole book (<see cref="ChannelMix"/> "all") or one channel mix (lifetime view), with the inputs.
/// </summary>
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
    CeiResult CeiWithoutN)
{
    public decimal ArStart => Cei.ArStart;
    public decimal ArEnd => Cei.ArEnd;
    public decimal CurrentArEnd => Cei.CurrentArEnd;
}
