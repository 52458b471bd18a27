namespace CollectionsInsight.Loading;

/// <summary>
/// The columns of one CSV file of the data contract, in the order the generator writes them. Readers find each
/// column by name once per file; the subclasses name every column, so code never counts positions.
/// </summary>
public abstract class FileContract
{
    private readonly List<ContractColumn> _columns = [];

    private protected FileContract(string entity)
    {
        Entity = entity;
    }

    /// <summary>What the file holds, as a column mapping names it: <c>customers</c>, <c>invoices</c>, ...</summary>
    public string Entity { get; }

    /// <summary>The file name, e.g. <c>customers.csv</c>.</summary>
    public string FileName => Entity + ".csv";

    /// <summary>Every column, in the written order.</summary>
    public IReadOnlyList<ContractColumn> Columns => _columns;

    /// <summary>The names of the columns in the written order (a written file's header).</summary>
    public IReadOnlyList<string> Header => [.. _columns.Select(c => c.Name)];

    /// <summary>Adds the next column; subclasses call it once per column, in the written order.</summary>
    private protected ContractColumn Column(string name, ColumnType type, bool required, bool derivedWhenAbsent = false)
    {
        var column = new ContractColumn(name, type, required, _columns.Count) { DerivedWhenAbsent = derivedWhenAbsent };
        _columns.Add(column);
        return column;
    }
}
