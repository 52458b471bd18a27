namespace CollectionsInsight.Loading;

/// <summary>
/// The ids a file has given so far, to find duplicates. Exports mostly list their ids in increasing order: while they
/// do, an id after the last one cannot have been seen, so it is checked with one comparison instead of a lookup in a
/// set of a million strings. The first id out of order puts all ids so far in a hash set, which checks the rest.
/// </summary>
internal sealed class SeenIds(int capacity)
{
    private List<string>? _inOrder = new(capacity);
    private HashSet<string>? _set;

    /// <summary>Adds the id; false when it was seen before.</summary>
    public bool Add(string id)
    {
        if (_inOrder is not null)
        {
            var order = _inOrder.Count == 0 ? 1 : string.CompareOrdinal(id, _inOrder[^1]);
            if (order > 0)
            {
                _inOrder.Add(id);
                return true;
            }
            if (order == 0) return false;
            _set = new HashSet<string>(_inOrder, StringComparer.Ordinal);
            _inOrder = null;
        }
        return _set!.Add(id);
    }
}
