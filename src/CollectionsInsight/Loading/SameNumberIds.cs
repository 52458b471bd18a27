namespace CollectionsInsight.Loading;

/// <summary>
/// A file's ids that are whole numbers, by their number. A spreadsheet that opened an export drops the leading zeros of
/// such ids (000123 becomes 123), so a reference unknown as written may name an id of the other file written another
/// way: the message says so rather than leave the reader to find it.
/// </summary>
internal sealed class SameNumberIds
{
    private Dictionary<string, string>? _byNumber;

    /// <summary>The one of <paramref name="ids"/> that is <paramref name="id"/> with other leading zeros; null when none is.</summary>
    public string? Find(string id, IEnumerable<string> ids)
    {
        if (!IsNumber(id)) return null;
        // Built on the first unknown reference, after the file is read; two readers side by side may both build it.
        var byNumber = LazyInitializer.EnsureInitialized(ref _byNumber, () =>
        {
            var index = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var known in ids)
                if (IsNumber(known)) index.TryAdd(known.TrimStart('0'), known);
            return index;
        });
        return byNumber.GetValueOrDefault(id.TrimStart('0'));
    }

    private static bool IsNumber(string id) => id.Length > 0 && id.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
