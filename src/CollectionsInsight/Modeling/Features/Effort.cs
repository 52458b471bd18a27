namespace CollectionsInsight.Modeling.Features;

/// <summary>
/// What is known, when a collection effort starts, about the invoice it is about: its amount (null for the
/// customer's typical invoice) and how many days overdue it is.
/// </summary>
internal readonly record struct Effort(string CustomerId, decimal? Amount, int DaysOverdue)
{
    /// <summary>The days overdue assumed for a typical invoice (the generator's ground truth uses the same).</summary>
    public const int TypicalDaysOverdue = 5;

    /// <summary>A typical new effort for the customer: their usual amount, <see cref="TypicalDaysOverdue"/> days overdue.</summary>
    public static Effort Typical(string customerId) => new(customerId, null, TypicalDaysOverdue);
}
