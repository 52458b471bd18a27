namespace CollectionsInsight.Domain;

/// <summary>The medium of a contact attempt.</summary>
public enum Channel { Phone, Email, Sms, Letter }

/// <summary>Who started the contact.</summary>
public enum Direction { Outbound, Inbound }

/// <summary>What a contact attempt achieved, as the collector recorded it.</summary>
public enum Outcome { Reached, Voicemail, NoAnswer, WrongNumber, Sent, Bounced, Replied, PromiseToPay, Dispute }

/// <summary>
/// The set of outbound phone and email attempts about an invoice: <see cref="None"/>, only
/// <see cref="Phone"/>, only <see cref="Email"/>, <see cref="Both"/>; <see cref="Other"/> when only
/// sms or letter reached it.
/// </summary>
public enum ChannelMix { None, Phone, Email, Both, Other }

/// <summary>The words used for channels and outcomes in CSV files (snake_case, lower case).</summary>
public static class DomainWords
{
    public static string ToWord(this Channel channel) => channel switch
    {
        Channel.Phone => "phone",
        Channel.Email => "email",
        Channel.Sms => "sms",
        _ => "letter",
    };

    public static string ToWord(this ChannelMix mix) => mix switch
    {
        ChannelMix.None => "none",
        ChannelMix.Phone => "phone",
        ChannelMix.Email => "email",
        ChannelMix.Both => "both",
        _ => "other",
    };

    public static string ToWord(this Direction direction) => direction == Direction.Inbound ? "inbound" : "outbound";

    public static string ToWord(this Outcome outcome) => outcome switch
    {
        Outcome.Reached => "reached",
        Outcome.Voicemail => "voicemail",
        Outcome.NoAnswer => "no_answer",
        Outcome.WrongNumber => "wrong_number",
        Outcome.Sent => "sent",
        Outcome.Bounced => "bounced",
        Outcome.Replied => "replied",
        Outcome.PromiseToPay => "promise_to_pay",
        _ => "dispute",
    };

    public static bool TryParseChannel(ReadOnlySpan<char> word, out Channel channel) => Words<Channel>.ByWord.TryGetValue(word.Trim(), out channel);

    public static bool TryParseChannelMix(ReadOnlySpan<char> word, out ChannelMix mix) => Words<ChannelMix>.ByWord.TryGetValue(word.Trim(), out mix);

    public static bool TryParseDirection(ReadOnlySpan<char> word, out Direction direction) => Words<Direction>.ByWord.TryGetValue(word.Trim(), out direction);

    public static bool TryParseOutcome(ReadOnlySpan<char> word, out Outcome outcome) => Words<Outcome>.ByWord.TryGetValue(word.Trim(), out outcome);

    /// <summary>
    /// The words of an enum, looked up case-insensitively from spans (millions of rows are parsed, none needs a string).
    /// </summary>
    private static class Words<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByWord = Enum.GetValues<T>().ToDictionary(
            value => value switch
            {
                Channel c => c.ToWord(),
                ChannelMix m => m.ToWord(),
                Direction d => d.ToWord(),
                Outcome o => o.ToWord(),
                _ => throw new NotSupportedException(typeof(T).Name),
            },
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
