using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Synthetic;

/// <summary>Reads the ground_truth.csv that <see cref="DataGenerator.WriteTo"/> writes, through the loader's CSV reader.</summary>
public static class GroundTruthFile
{
    /// <summary>The file's columns.</summary>
    public static GroundTruthColumns Columns { get; } = new();

    /// <summary>Reads every row; the columns are found by name, as in the data files.</summary>
    /// <exception cref="DataLoadException">The file is empty or misses a column.</exception>
    /// <exception cref="BadDataException">A row is not ground truth; the message names the line and value.</exception>
    public static IReadOnlyList<GroundTruth> Read(string path)
    {
        var columns = Columns;
        using var table = CsvTable.Open(path, columns);
        var truth = new List<GroundTruth>();
        while (table.Read())
        {
            var line = table.Line;
            if (columns.Columns.Any(table.IsShort))
                throw new BadDataException($"{path} line {line}: expected {columns.Columns.Count} cells, found {table.FieldCount}");
            if (!Words.TryParse<ChannelMix>(table[columns.BestChannel], out var best))
                throw new BadDataException($"{path} line {line}, column best_channel: '{table[columns.BestChannel]}' is not a channel");
            truth.Add(new GroundTruth(table[columns.CustomerId].Trim().ToString(), new(Number(columns.PPaidPhone), Number(columns.PPaidEmail), Number(columns.PPaidBoth)),
                new(Number(columns.DaysPhone), Number(columns.DaysEmail), Number(columns.DaysBoth)), best));

            double Number(ContractColumn column) =>
                double.TryParse(table[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                    ? value
                    : throw new BadDataException($"{path} line {line}, column {column.Name}: '{table[column]}' is not a number");
        }
        return truth;
    }
}
