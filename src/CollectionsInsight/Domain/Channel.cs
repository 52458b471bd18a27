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

    public static bool TryParseChannel(string word, out Channel channel) => TryParse(word, ToWord, out channel);

    public static bool TryParseChannelMix(string word, out ChannelMix mix) => TryParse(word, ToWord, out mix);

    public static bool TryParseDirection(string word, out Direction direction) => TryParse(word, ToWord, out direction);

    public static bool TryParseOutcome(string word, out Outcome outcome) => TryParse(word, ToWord, out outcome);

    private static bool TryParse<T>(string word, Func<T, string> toWord, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toWord(candidate), word.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
