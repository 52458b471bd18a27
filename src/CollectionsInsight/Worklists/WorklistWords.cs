using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>The flags column of worklist.csv: each flag's word (<see cref="Words"/>) joined by ';'.</summary>
public static class WorklistWords
{
    /// <summary>The set flags as words separated by ';', in a fixed order; empty when none is set.</summary>
    public static string ToWords(this WorklistFlags flags) =>
        string.Join(';', Enum.GetValues<WorklistFlags>().Where(f => f != WorklistFlags.None && flags.HasFlag(f)).Select(f => f.ToWord()));
}
