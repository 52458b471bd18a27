namespace CollectionsInsight.Loading;

/// <summary>One column of a <see cref="FileContract"/>: its name, what it holds and whether a file must have it.</summary>
public sealed class ContractColumn
{
    internal ContractColumn(string name, ColumnType type, bool required, int index)
    {
        Name = name;
        Type = type;
        Required = required;
        Index = index;
    }

    /// <summary>The header name (matched case-insensitively when reading).</summary>
    public string Name { get; }

    /// <summary>What the column holds.</summary>
    public ColumnType Type { get; }

    /// <summary>True when a file without the column, or a row with it empty, cannot be used.</summary>
    public bool Required { get; }

    /// <summary>
    /// True for a required column that a file may lack because the loader derives it from other data (an invoice's
    /// due date from its customer's payment terms): every row still needs a value, given or derived.
    /// </summary>
    internal bool DerivedWhenAbsent { get; init; }

    /// <summary>The column's place in its contract (not in a file: files may order columns as they like).</summary>
    internal int Index { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
