namespace CollectionsInsight.Loading;

/// <summary>
/// One string per distinct value, looked up from a span: for columns that repeat a handful of values over millions of
/// rows (currencies, collector ids), so that each row neither makes nor keeps a string of its own.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out var shared))
        {
            shared = value.ToString();
            _strings.Add(shared, shared);
        }
        return shared;
    }
}
