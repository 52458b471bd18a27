namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// Learner input: a dense row-major table of features, NaN marking a missing value.
/// The matrix takes ownership of <c>values</c> (it is not copied); do not change the array afterwards.
/// </summary>
internal sealed class FeatureMatrix
{
    private readonly float[] _values;
    private readonly string[] _columnNames;

    public FeatureMatrix(int rows, IReadOnlyList<string> columnNames, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)rows * columnNames.Count)
            throw new ArgumentException(
                $"expected {rows} rows x {columnNames.Count} columns = {(long)rows * columnNames.Count} values, got {values.Length}",
                nameof(values));
        Rows = rows;
        _columnNames = [.. columnNames];
        _values = values;
    }

    public int Rows { get; }

    public int Columns => _columnNames.Length;

    public IReadOnlyList<string> ColumnNames => _columnNames;

    /// <summary>All values, row after row.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The values of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * Columns, Columns);

    public float this[int row, int column] => _values[row * Columns + column];

    /// <summary>The index of the column named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public int ColumnIndex(string name) => Array.IndexOf(_columnNames, name) is var j and >= 0
        ? j
        : throw new ArgumentException($"the feature matrix has no column '{name}'", nameof(name));
}
