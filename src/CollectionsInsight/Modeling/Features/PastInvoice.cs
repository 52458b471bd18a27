namespace CollectionsInsight.Modeling.Features;

/// <summary>An invoice as known before a cutoff: <see cref="SettledOn"/> is null if it was still open then.</summary>
internal readonly record struct PastInvoice(string InvoiceId, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, DateOnly? SettledOn);
