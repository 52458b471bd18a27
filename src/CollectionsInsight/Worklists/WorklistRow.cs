using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>
/// One customer on the worklist. <see cref="Channel"/> is <see cref="ChannelMix.None"/> only when no
/// channel works (the action is then <see cref="NextAction.Escalate"/>). <see cref="DueBy"/> is the date
/// the action falls due: the as-of date when it is due now, later when the rules say to wait.
/// <see cref="AssignedOn"/> is null when the capacity plan had no room for the row.
/// See docs/worklist-format.md for the CSV form.
/// </summary>
/// <param name="Rank">Position on the list, 1 = highest priority.</param>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="CustomerName">The customer's name; null when missing.</param>
/// <param name="ContactName">The person to contact; null when missing.</param>
/// <param name="Phone">The phone number on file; null when missing.</param>
/// <param name="Email">The email address on file; null when missing.</param>
/// <param name="OpenAmount">Still owed at the as-of date on the listed invoices, in invoice currency.</param>
/// <param name="OverdueAmount">The part of <paramref name="OpenAmount"/> past its due date.</param>
/// <param name="OldestDaysOverdue">Days since the earliest due date of the overdue invoices; 0 when none is overdue.</param>
/// <param name="OpenInvoiceIds">
/// The listed invoices: open and due by the as-of date plus <see cref="WorklistOptions.DueWithinDays"/>, earliest due first.
/// </param>
/// <param name="Channel">The recommended channel for the contacts to come: phone, email or both; none only when no channel works.</param>
/// <param name="ChannelSource">Whether the rules, a channel model or the challenger draw chose <paramref name="Channel"/>.</param>
/// <param name="NextAction">What the collector does next.</param>
/// <param name="DueBy">The day the action falls due.</param>
/// <param name="Reason">Why the rules chose this action and channel, in plain words.</param>
/// <param name="Flags">What the collector should know before the contact.</param>
/// <param name="Priority">
/// The overdue debt at stake per collector minute, weighted by its age: the ranking key, rounded to 4 decimals. The
/// <see cref="Worklist"/> remarks give the formula.
/// </param>
/// <param name="Minutes">Collector minutes the action takes.</param>
/// <param name="AssignedOn">The working day the capacity plan assigned the row to; null when it had no room.</param>
/// <param name="PromisesKept">The customer's promises to pay kept in full, of <paramref name="PromisesJudged"/>.</param>
/// <param name="PromisesJudged">
/// The customer's promises to pay judged by the as-of date (kept, partly kept or broken), over the whole history, as the
/// analysis judges them: a promise about an invoice is kept when its payments cover the amount promised by the promised date plus 3 days.
/// </param>
public sealed record WorklistRow(
    int Rank,
    string CustomerId,
    string? CustomerName,
    string? ContactName,
    string? Phone,
    string? Email,
    decimal OpenAmount,
    decimal OverdueAmount,
    int OldestDaysOverdue,
    IReadOnlyList<string> OpenInvoiceIds,
    ChannelMix Channel,
    ChannelSource ChannelSource,
    NextAction NextAction,
    DateOnly DueBy,
    string Reason,
    WorklistFlags Flags,
    double Priority,
    int Minutes,
    DateOnly? AssignedOn,
    int PromisesKept,
    int PromisesJudged);
