namespace CollectionsInsight.Domain;

/// <summary>
/// One contact with a customer. Without an invoice id it is about the customer's whole open balance.
/// </summary>
public sealed record ContactAttempt
{
    /// <summary>A contact attempt; blank optional text becomes null (missing).</summary>
    /// <exception cref="ArgumentException">An id is blank, or the promised amount is not positive or implausibly large.</exception>
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

    /// <summary>The attempt's unique id.</summary>
    public string AttemptId { get; }

    /// <summary>The customer contacted.</summary>
    public string CustomerId { get; }

    /// <summary>The invoice the attempt is about; null when it is about the customer's whole open balance.</summary>
    public string? InvoiceId { get; }

    /// <summary>When the contact happened, as recorded (with the offset the data gave, if any).</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The calendar date as the collector's system recorded it (the offset is not applied).</summary>
    public DateOnly OccurredOn => DateOnly.FromDateTime(OccurredAt.DateTime);

    /// <summary>The medium: phone, email, sms or letter.</summary>
    public Channel Channel { get; }

    /// <summary>Whether we contacted the customer (outbound, the default) or they contacted us (inbound).</summary>
    public Direction Direction { get; }

    /// <summary>What the contact achieved, as the collector recorded it; null when not recorded.</summary>
    public Outcome? Outcome { get; }

    /// <summary>The collector who made or took the contact; null when not recorded.</summary>
    public string? CollectorId { get; }

    /// <summary>The date the customer promised to pay by, when the contact ended in a promise.</summary>
    public DateOnly? PromisedOn { get; }

    /// <summary>The amount the customer promised to pay, in invoice currency; null when no amount was named.</summary>
    public decimal? PromisedAmount { get; }

    /// <summary>True when we contacted the customer: only outbound attempts count as collection effort.</summary>
    public bool IsOutbound => Direction == Direction.Outbound;

    /// <summary>True when the contact ended in a promise to pay: a promised date, or the outcome promise_to_pay.</summary>
    public bool IsPromise => PromisedOn is not null || Outcome == Domain.Outcome.PromiseToPay;
}
