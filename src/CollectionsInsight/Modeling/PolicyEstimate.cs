namespace CollectionsInsight.Modeling;

/// <summary>An estimated policy value (probability of payment within the horizon) or gain, with its interval (95% unless told otherwise).</summary>
/// <param name="Policy">The policy's name, such as "model" or "always email".</param>
/// <param name="Value">The estimate.</param>
/// <param name="Low">The lower end of the interval.</param>
/// <param name="High">The upper end of the interval.</param>
public sealed record PolicyEstimate(string Policy, double Value, double Low, double High)
{
    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool IntervalContains(double value) => Low <= value && value <= High;

    /// <summary>The policy, the value and the interval, to three decimals.</summary>
    public override string ToString() => $"{Policy}: {Value:0.000} [{Low:0.000}, {High:0.000}]";
}
