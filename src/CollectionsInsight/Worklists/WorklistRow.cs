using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>What the collector does next for a customer.</summary>
public enum NextAction { IntroductionCall, Call, Email, CallAndEmail, ConfirmPromiseByEmail, UpdateContactDetails, Escalate }

/// <summary>Who chose the recommended channel: the contact rules alone, or a channel model's advice.</summary>
public enum ChannelSource { Rules, Model }

/// <summary>What a collector should know about a customer before contacting them.</summary>
[Flags]
public enum WorklistFlags
{
    None = 0,
    NewCustomer = 1,
    MissingPhone = 2,
    MissingEmail = 4,
    BouncedEmail = 8,
    WrongNumber = 16,
    PromiseDue = 32,
    BrokenPromise = 64,
    LowConfidence = 128,
}

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

/// <summary>The words used for worklist values in worklist.csv (snake_case, lower case).</summary>
public static class WorklistWords
{
    public static string ToWord(this NextAction action) => action switch
    {
        NextAction.IntroductionCall => "introduction_call",
        NextAction.Call => "call",
        NextAction.Email => "email",
        NextAction.CallAndEmail => "call_and_email",
        NextAction.ConfirmPromiseByEmail => "confirm_promise_by_email",
        NextAction.UpdateContactDetails => "update_contact_details",
        _ => "escalate",
    };

    public static string ToWord(this ChannelSource source) => source == ChannelSource.Model ? "model" : "rules";

    /// <summary>The set flags as words separated by ';', in a fixed order; empty when none is set.</summary>
    public static string ToWords(this WorklistFlags flags) =>
        string.Join(';', Enum.GetValues<WorklistFlags>().Where(f => f != WorklistFlags.None && flags.HasFlag(f)).Select(ToWord));

    private static string ToWord(WorklistFlags flag) => flag switch
    {
        WorklistFlags.NewCustomer => "new_customer",
        WorklistFlags.MissingPhone => "missing_phone",
        WorklistFlags.MissingEmail => "missing_email",
        WorklistFlags.BouncedEmail => "bounced_email",
        WorklistFlags.WrongNumber => "wrong_number",
        WorklistFlags.PromiseDue => "promise_due",
        WorklistFlags.BrokenPromise => "broken_promise",
        _ => "low_confidence",
    };
}
