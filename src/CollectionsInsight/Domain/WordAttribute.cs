namespace CollectionsInsight.Domain;

/// <summary>
/// The word an enum member is written and read as, where it is not the member name in snake_case
/// (<see cref="Words"/>), such as the short learner names of the console.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WordAttribute(string word) : Attribute
{
    /// <summary>The word, lower case.</summary>
    public string Word { get; } = word;
}
