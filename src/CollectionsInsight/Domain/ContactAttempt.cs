namespace CollectionsInsight.Domain;

/// <summary>
/// One contact with a customer. Without an invoice id it is about the customer's whole open balance.
/// </summary>
public sealed record ContactAttempt
{
    public ContactAttempt(string attemptId, string customerId, string? invoiceId, DateTimeOffset occurredAt, Channel channel,
        Direction direction = Direction.Outbound, Outcome? outcome = null, string? collectorId = null,
        DateOnly? promisedOn = null, decimal? promisedAmount = null)
    {
        AttemptId = Guard.Id(attemptId, nameof(attemptId));
        CustomerId = Guard.Id(customerId, nameof(customerId));
        if (promisedAmount is { } promised)
        {
            if (promised <= 0)
                throw new ArgumentOutOfRangeException(nameof(promisedAmount), promised, "a promised amount must be positive");
            Guard.Amount(promised, nameof(promisedAmount));
        }
        InvoiceId = Guard.Blank(invoiceId);
        OccurredAt = occurredAt;
        Channel = channel;
        Direction = direction;
        Outcome = outcome;
        CollectorId = Guard.Blank(collectorId);
        PromisedOn = promisedOn;
        PromisedAmount = promisedAmount;
    }

    public string AttemptId { get; }
    public string CustomerId { get; }
    public string? InvoiceId { get; }
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The calendar date as the collector's system recorded it (the offset is not applied).</summary>
    public DateOnly OccurredOn => DateOnly.FromDateTime(OccurredAt.DateTime);

    public Channel Channel { get; }
    public Direction Direction { get; }
    public Outcome? Outcome { get; }
    public string? CollectorId { get; }
    public DateOnly? PromisedOn { get; }
    public decimal? PromisedAmount { get; }
    public bool IsOutbound => Direction == Direction.Outbound;
    public bool IsPromise => PromisedOn is not null || Outcome == Domain.Outcome.PromiseToPay;
}
