using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace CollectionsInsight.Domain;

/// <summary>
/// The one word for every enum value the product writes to CSV, JSON and the console, and reads back: the member name
/// in snake_case (<c>NoAnswer</c> is <c>no_answer</c>) unless a <see cref="WordAttribute"/> spells it otherwise. Words
/// come from the members themselves, so a new member gets its own word and never falls through to another's.
/// </summary>
public static class Words
{
    /// <summary>The word of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of its enum (a combination of flags, say).</exception>
    public static string ToWord<T>(this T value) where T : struct, Enum =>
        Table<T>.ByValue.TryGetValue(value, out var word)
            ? word
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a single {typeof(T).Name} member");

    /// <summary>The member whose word is <paramref name="word"/>, ignoring case and surrounding white space.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> word, out T value) where T : struct, Enum =>
        Table<T>.ByWord.TryGetValue(word.Trim(), out value);

    /// <summary>Every word of the enum in member order, for help texts and messages ("a, b, c").</summary>
    public static string List<T>() where T : struct, Enum => string.Join(", ", Table<T>.InOrder);

    private static class Table<T> where T : struct, Enum
    {
        public static readonly string[] InOrder = Enum.GetValues<T>().Select(WordOf).ToArray();

        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, WordOf);

        // Millions of rows are parsed from spans; none needs a string.
        public static readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByWord =
            Enum.GetValues<T>().ToDictionary(WordOf, v => v, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        private static string WordOf(T value)
        {
            var name = Enum.GetName(value)!;
            return typeof(T).GetField(name)!.GetCustomAttribute<WordAttribute>()?.Word ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
        }
    }
}
