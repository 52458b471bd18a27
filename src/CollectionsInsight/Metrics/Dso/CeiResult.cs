namespace CollectionsInsight.Metrics;

/// <summary>
/// Collection effectiveness index: CEI = (AR start + S − AR end) / (AR start + S − current AR end) × 100,
/// with S = sales / N for N months (Credit Research Foundation form) or S = total sales.
/// </summary>
public sealed record CeiResult
{
    internal CeiResult(DsoPeriod period, CeiForm form)
    {
        ArStart = period.ArStart;
        Sales = period.Months.Sum(m => m.Sales);
        MonthCount = period.Months.Count;
        ArEnd = period.ArEnd;
        CurrentArEnd = period.CurrentArEnd;
        Form = form;
        SalesTerm = form == CeiForm.CreditResearchFoundation ? Sales / MonthCount : Sales;
        Numerator = ArStart + SalesTerm - ArEnd;
        Denominator = ArStart + SalesTerm - CurrentArEnd;
        // Without the AR at the period's start, what was collected of it cannot be told: the ratio would be
        // meaningless (e.g. -593% or -860%, as the first months of a history gave).
        if (!period.ArStartKnown)
            UndefinedReason = "the history starts inside the period, so the AR at its start is not known";
        else if (Denominator <= 0)
            UndefinedReason = $"the denominator (AR start + sales term − current AR end) is {Text.Money(Denominator)}, not positive";
        else
            Percent = (double)(Numerator / Denominator * 100);
    }

    /// <summary>AR at the start of the period (the end of the month before it), in invoice currency.</summary>
    public decimal ArStart { get; }

    /// <summary>Credit sales of all months of the period, in invoice currency.</summary>
    public decimal Sales { get; }

    /// <summary>N, the number of months in the period.</summary>
    public int MonthCount { get; }

    /// <summary>AR at period end, in invoice currency.</summary>
    public decimal ArEnd { get; }

    /// <summary>AR at period end that is not yet due, in invoice currency.</summary>
    public decimal CurrentArEnd { get; }

    /// <summary>Whether the sales term is sales / N or total sales.</summary>
    public CeiForm Form { get; }

    /// <summary>S: sales / N or total sales, depending on <see cref="Form"/>.</summary>
    public decimal SalesTerm { get; }

    /// <summary>AR start + S − AR end: what was collected of what there was to collect.</summary>
    public decimal Numerator { get; }

    /// <summary>AR start + S − current AR end: what there was to collect (all but the AR not yet due).</summary>
    public decimal Denominator { get; }

    /// <summary>
    /// The index in percent (100 = everything collectable was collected); null when undefined (see
    /// <see cref="UndefinedReason"/>).
    /// </summary>
    public double? Percent { get; }

    /// <summary>Why <see cref="Percent"/> is undefined (the denominator is not positive); null when it is defined.</summary>
    public string? UndefinedReason { get; }

    /// <summary>The calculation with its inputs, as text a credit manager can check by hand.</summary>
    public string Explain()
    {
        var (name, s, sales) = Form == CeiForm.CreditResearchFoundation
            ? ("CEI (Credit Research Foundation form)", "sales / N", $"{Text.Money(Sales)} / {MonthCount}")
            : ("CEI (total sales)", "sales", Text.Money(Sales));
        var formula = $"{name} = (AR start + {s} − AR end) / (AR start + {s} − current AR end) × 100 = " +
            $"({Text.Money(ArStart)} + {sales} − {Text.Money(ArEnd)}) / ({Text.Money(ArStart)} + {sales} − {Text.Money(CurrentArEnd)}) × 100";
        if (Percent is not { } percent)
            return $"{formula}: undefined, {UndefinedReason}";
        var result = $"{formula} = {Text.Money(Numerator)} / {Text.Money(Denominator)} × 100 = {Text.Percent(percent)}";
        return percent < 0
            ? $"{result}: below 0 because the AR grew by more than the sales term over the period (less was collected than {s})"
            : result;
    }
}
