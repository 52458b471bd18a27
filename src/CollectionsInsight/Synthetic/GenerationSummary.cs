namespace CollectionsInsight.Synthetic;

/// <summary>How many rows of each file a generation wrote.</summary>
public sealed record GenerationSummary(long Customers, long Invoices, long Payments, long ContactAttempts);
