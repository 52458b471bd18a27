namespace CollectionsInsight.Loading;

/// <summary>Parses a word of a column such as channel or outcome.</summary>
internal delegate bool TryParseWord<T>(ReadOnlySpan<char> word, out T value);
