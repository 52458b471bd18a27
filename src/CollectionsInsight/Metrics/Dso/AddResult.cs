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

    /// <summary>The DSO of the period, the first term.</summary>
    public DsoResult Dso { get; }

    /// <summary>The best possible DSO of the period, the term subtracted.</summary>
    public BestPossibleDsoResult BestPossible { get; }

    /// <summary>
    /// ADD in days: how many days of sales the overdue AR at period end represents. Null when there were no
    /// credit sales in the period.
    /// </summary>
    public double? Days { get; }

    /// <summary>The ADD calculation, then the DSO and best possible DSO explanations, one per line.</summary>
    public string Explain()
    {
        var line = Days is { } days
            ? $"ADD = DSO − best possible DSO = {Text.Days(Dso.Days!.Value)} − {Text.Days(BestPossible.Days!.Value)} = {Text.Days(days)} days"
            : "ADD = DSO − best possible DSO: undefined, there were no credit sales in the period";
        return line + "\n" + Dso.Explain() + "\n" + BestPossible.Explain();
    }
}
