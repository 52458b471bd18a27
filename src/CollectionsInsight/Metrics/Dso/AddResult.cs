namespace CollectionsInsight.Metrics;

/// <summary>Average days delinquent: ADD = DSO − best possible DSO.</summary>
public sealed record AddResult
{
    internal AddResult(DsoResult dso, BestPossibleDsoResult bestPossible)
    {
        Dso = dso;
        BestPossible = bestPossible;
        Days = dso.Days - bestPossible.Days;
    }

    public DsoResult Dso { get; }

    public BestPossibleDsoResult BestPossible { get; }

    /// <summary>Null when there were no credit sales in the period.</summary>
    public double? Days { get; }

    public string Explain()
    {
        var line = Days is { } days
            ? $"ADD = DSO − best possible DSO = {Text.Days(Dso.Days!.Value)} − {Text.Days(BestPossible.Days!.Value)} = {Text.Days(days)} days"
            : "ADD = DSO − best possible DSO: undefined, there were no credit sales in the period";
        return line + "\n" + Dso.Explain() + "\n" + BestPossible.Explain();
    }
}
