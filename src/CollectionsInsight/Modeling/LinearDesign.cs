using System.Text.Json.Serialization;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// The inputs of the linear models. Each feature with a missing value (NaN) in training gets a yes/no column saying
/// so, and the missing value takes the feature's training mean. The outcome model also gets an indicator per channel
/// and, per channel, every one of those columns again, centred, set only in rows that got that channel: every channel
/// may respond differently to every kind of customer, and the L2 penalty, not a form chosen in advance, shrinks the
/// differences the data does not support. Centring makes a channel's indicator its effect for the average customer.
/// </summary>
internal sealed record LinearDesign(IReadOnlyList<string> Columns, IReadOnlyList<double> Means, IReadOnlyList<int> Missing,
    IReadOnlyList<double> MissingRates)
{
    /// <summary>The means (ignoring missing values) and the columns with missing values of <paramref name="x"/>.</summary>
    public static LinearDesign Of(FeatureMatrix x)
    {
        var means = new double[x.Columns];
        var missing = new List<int>();
        var rates = new List<double>();
        for (var j = 0; j < x.Columns; j++)
        {
            double sum = 0;
            var known = 0;
            for (var i = 0; i < x.Rows; i++)
            {
                var value = x[i, j];
                if (float.IsNaN(value)) continue;
                sum += value;
                known++;
            }
            means[j] = known > 0 ? sum / known : 0;
            if (known == x.Rows) continue;
            missing.Add(j);
            rates.Add(1 - known / (double)x.Rows);
        }
        return new LinearDesign([.. x.ColumnNames], means, missing, rates);
    }

    /// <summary>Features plus missing-value indicators: the width of <see cref="Features"/>.</summary>
    [JsonIgnore]
    public int Width => Columns.Count + Missing.Count;

    /// <summary>The width of <see cref="WithChannels"/>.</summary>
    [JsonIgnore]
    public int ChannelWidth => Width * (1 + Channels.Count) + Channels.Count;

    /// <summary>The features, filled, and their missing-value indicators.</summary>
    public FeatureMatrix Features(FeatureMatrix x)
    {
        var values = new float[x.Rows * Width];
        for (var i = 0; i < x.Rows; i++)
            FillBase(x, i, values.AsSpan(i * Width, Width));
        return new FeatureMatrix(x.Rows, BaseNames(), values);
    }

    /// <summary>The outcome model's design for rows where row i got channel <paramref name="channels"/>[i].</summary>
    public FeatureMatrix WithChannels(FeatureMatrix x, IReadOnlyList<int> channels)
    {
        var width = ChannelWidth;
        var values = new float[x.Rows * width];
        for (var i = 0; i < x.Rows; i++)
        {
            var row = values.AsSpan(i * width, width);
            var features = row[..Width];
            FillBase(x, i, features);
            var channel = channels[i];
            row[Width + channel] = 1;
            var slopes = row.Slice(Width + Channels.Count + channel * Width, Width);
            for (var k = 0; k < Width; k++)
                slopes[k] = features[k] - (float)Centre(k);
        }
        var names = BaseNames();
        return new FeatureMatrix(x.Rows,
            [.. names, .. Channels.IndicatorColumns, .. Channels.All.SelectMany(mix => names.Select(n => $"{n}_if_{mix.ToWord()}"))], values);
    }

    public FeatureMatrix WithChannel(FeatureMatrix x, int channel) => WithChannels(x, Enumerable.Repeat(channel, x.Rows).ToArray());

    /// <summary>
    /// Per feature of <paramref name="x"/>, its contribution to the score of the channel the design was built for: its
    /// own term, its missing-value indicator's, and the same two among that channel's slopes (rows × features).
    /// </summary>
    public double[] FeatureContributions(FeatureMatrix x, int channel, double[] designContributions)
    {
        var width = ChannelWidth;
        var slopes = Width + Channels.Count + channel * Width;
        var result = new double[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
        {
            var design = designContributions.AsSpan(i * width, width);
            var row = result.AsSpan(i * x.Columns, x.Columns);
            for (var k = 0; k < Width; k++)
                row[k < Columns.Count ? k : Missing[k - Columns.Count]] += design[k] + design[slopes + k];
        }
        return result;
    }

    private void FillBase(FeatureMatrix x, int i, Span<float> target)
    {
        for (var j = 0; j < Columns.Count; j++)
            target[j] = float.IsNaN(x[i, j]) ? (float)Means[j] : x[i, j];
        for (var m = 0; m < Missing.Count; m++)
            target[Columns.Count + m] = float.IsNaN(x[i, Missing[m]]) ? 1 : 0;
    }

    private double Centre(int k) => k < Columns.Count ? Means[k] : MissingRates[k - Columns.Count];

    private string[] BaseNames() => [.. Columns, .. Missing.Select(j => Columns[j] + "_missing")];
}
