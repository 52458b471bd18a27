using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>The words used for worklist values in worklist.csv (snake_case, lower case).</summary>
public static class WorklistWords
{
    /// <summary>The next_action word, e.g. call_and_email.</summary>
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

    /// <summary>The channel_source word: rules or model.</summary>
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
