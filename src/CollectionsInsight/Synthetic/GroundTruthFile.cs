using System.Globalization;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>Reads the ground_truth.csv that <see cref="DataGenerator.WriteTo"/> writes.</summary>
public static class GroundTruthFile
{
    private static readonly string[] Columns =
        ["customer_id", "p_paid_phone", "p_paid_email", "p_paid_both", "days_phone", "days_email", "days_both", "best_channel"];

    /// <exception cref="BadDataException">The file is not a ground-truth file; the message names the line and value.</exception>
    public static IReadOnlyList<GroundTruth> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Trim().TrimStart('\uFEFF').Split(',') ?? [];
        if (!header.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
            throw new BadDataException($"{path} is not a ground-truth file: expected the header {string.Join(',', Columns)}");
        var truth = new List<GroundTruth>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split(',');
            if (cells.Length != Columns.Length)
                throw new BadDataException($"{path} line {line}: expected {Columns.Length} cells, found {cells.Length}");
            if (!DomainWords.TryParseChannelMix(cells[7], out var best))
                throw new BadDataException($"{path} line {line}, column best_channel: '{cells[7]}' is not a channel");
            truth.Add(new GroundTruth(cells[0], Number(1), Number(2), Number(3), Number(4), Number(5), Number(6), best));

            double Number(int column) =>
                double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                    ? value
                    : throw new BadDataException($"{path} line {line}, column {Columns[column]}: '{cells[column]}' is not a number");
        }
        return truth;
    }
}
