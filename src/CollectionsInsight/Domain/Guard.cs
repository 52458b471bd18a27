namespace CollectionsInsight.Domain;

/// <summary>Checks the domain constructors share: ids, blank text and plausible amounts.</summary>
internal static class Guard
{
    /// <summary>Amounts beyond this are treated as data errors (a mis-keyed or mis-parsed number), not money.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The id, unless it is blank.</summary>
    public static string Id(string value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("an id cannot be empty", parameter);
        return value;
    }

    /// <summary>Null for blank text (a missing value), else the text.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Rejects an amount beyond ± <see cref="MaxAmount"/>.</summary>
    public static void Amount(decimal amount, string parameter)
    {
        if (Math.Abs(amount) > MaxAmount)
            throw new ArgumentOutOfRangeException(parameter, amount, $"an amount beyond {MaxAmount:N0} is not plausible");
    }
}
