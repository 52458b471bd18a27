using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>
/// One customer on the worklist. <see cref="Channel"/> is <see cref="ChannelMix.None"/> only when no
/// channel works (the action is then <see cref="NextAction.Escalate"/>). <see cref="DueBy"/> is the date
/// the action falls due: the as-of date when it is due now, later when the rules say to wait.
/// <see cref="AssignedOn"/> is null when the capacity plan had no room for the row.
/// See docs/worklist-format.md for the CSV form.
/// </summary>
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
    DateOnly? AssignedOn);
