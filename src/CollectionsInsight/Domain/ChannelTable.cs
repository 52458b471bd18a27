namespace CollectionsInsight.Domain;

/// <summary>
/// A value per row and channel choice (rows × phone, email, both): a thin view over one flat, row-major array, so
/// models can fill and read it without copies and loops allocate nothing per row.
/// </summary>
internal readonly struct ChannelTable<T>
{
    private readonly T[] _values;

    /// <summary>A table of <paramref name="rows"/> rows, every value the default.</summary>
    public ChannelTable(int rows) => _values = new T[rows * ChannelChoices.Count];

    /// <summary>A view over <paramref name="values"/>, row-major: row i's phone, email and both values at 3i, 3i + 1, 3i + 2.</summary>
    /// <exception cref="ArgumentException">The length is not a multiple of three.</exception>
    public ChannelTable(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length % ChannelChoices.Count != 0)
            throw new ArgumentException($"{values.Length} values do not make rows of {ChannelChoices.Count} channels", nameof(values));
        _values = values;
    }

    /// <summary>How many rows the table has.</summary>
    public int Rows => _values.Length / ChannelChoices.Count;

    /// <summary>The flat, row-major array underneath (no copy).</summary>
    public T[] Values => _values;

    /// <summary>Row <paramref name="row"/>'s value for <paramref name="mix"/>, writable in place.</summary>
    public ref T this[int row, ChannelMix mix] => ref _values[row * ChannelChoices.Count + ChannelChoices.IndexOf(mix)];

    /// <summary>Row <paramref name="row"/>'s three values.</summary>
    public ChannelValues<T> this[int row]
    {
        get
        {
            var start = row * ChannelChoices.Count;
            return new(_values[start], _values[start + 1], _values[start + 2]);
        }
    }

    /// <summary>Row <paramref name="row"/> as a span over the array underneath (phone, email, both).</summary>
    public Span<T> Row(int row) => _values.AsSpan(row * ChannelChoices.Count, ChannelChoices.Count);

    /// <summary>Copies this table's rows into <paramref name="target"/> from row <paramref name="firstRow"/> on.</summary>
    public void CopyTo(ChannelTable<T> target, int firstRow) => _values.CopyTo(target._values, firstRow * ChannelChoices.Count);
}
