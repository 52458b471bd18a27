using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;
using static CollectionsInsight.Modeling.Features.FeatureSchema;

namespace CollectionsInsight.Modeling;

/// <summary>
/// The inputs of the linear learner: every feature, for the customer's chance of paying at all, plus per channel an
/// indicator and that channel's own slopes on the contact features (the effect modifiers: segment, how the customer
/// answered calls and emails, failing or missing contact details, time zone, tenure, lateness). Which channel works
/// depends on how reachable the customer is by it, so the channel terms are kept to those; giving every feature its
/// own slope per channel (a T-learner) triples the coefficients and, at tens of thousands of episodes, the noise in
/// the differences between channels that the recommendation rests on.
/// </summary>
internal static class ChannelDesign
{
    private static readonly string[] Modifiers =
    [
        PhoneReachRate, EmailReplyRate, WrongNumbers, BouncedEmails, PhoneMissing, EmailMissing, TimeZoneHours, TenureDays, EarlierShareLate,
    ];

    /// <summary>
    /// The design for rows where row i got channel <paramref name="channels"/>[i]. A missing feature value takes
    /// <paramref name="fill"/> (the training mean), so a missing modifier means the same in every channel's slope.
    /// </summary>
    public static FeatureMatrix Of(FeatureMatrix x, IReadOnlyList<int> channels, IReadOnlyList<double> fill)
    {
        var modifiers = ModifierColumns(x);
        var yesNo = modifiers.Select(j => IsCount(x.ColumnNames[j])).ToArray();
        var block = 1 + modifiers.Length;
        var width = x.Columns + Channels.Count * block;
        var values = new float[x.Rows * width];
        for (var i = 0; i < x.Rows; i++)
        {
            var row = values.AsSpan(i * width, width);
            for (var j = 0; j < x.Columns; j++)
                row[j] = float.IsNaN(x[i, j]) ? (float)fill[j] : x[i, j];
            var channel = row.Slice(x.Columns + channels[i] * block, block);
            channel[0] = 1;
            for (var m = 0; m < modifiers.Length; m++)
                channel[1 + m] = yesNo[m] ? Math.Min(row[modifiers[m]], 1) : row[modifiers[m]];
        }
        var names = new List<string>(x.ColumnNames);
        foreach (var mix in Channels.All)
        {
            var word = mix.ToWord();
            names.Add("channel_" + word);
            names.AddRange(modifiers.Select((j, m) => $"{(yesNo[m] ? "any_" : "")}{x.ColumnNames[j]}_if_{word}"));
        }
        return new FeatureMatrix(x.Rows, names, values);
    }

    /// <summary>The design with every row getting <paramref name="channel"/>.</summary>
    public static FeatureMatrix Of(FeatureMatrix x, int channel, IReadOnlyList<double> fill) =>
        Of(x, Enumerable.Repeat(channel, x.Rows).ToArray(), fill);

    /// <summary>
    /// Per feature of <paramref name="x"/>, its contribution to channel <paramref name="channel"/>'s margin: the
    /// feature's own term plus its slope for that channel (rows × features), from the design's contributions.
    /// </summary>
    public static double[] FeatureContributions(FeatureMatrix x, int channel, double[] designContributions)
    {
        var modifiers = ModifierColumns(x);
        var block = 1 + modifiers.Length;
        var width = x.Columns + Channels.Count * block + 1;   // + the bias column
        var result = new double[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
        {
            var design = designContributions.AsSpan(i * width, width);
            var row = result.AsSpan(i * x.Columns, x.Columns);
            design[..x.Columns].CopyTo(row);
            var slopes = design.Slice(x.Columns + channel * block + 1, modifiers.Length);
            for (var m = 0; m < modifiers.Length; m++)
                row[modifiers[m]] += slopes[m];
        }
        return result;
    }

    /// <summary>
    /// Failing contact details enter the slopes as yes/no: the tenth bounce says no more than the first about whether
    /// email works, and a count as a slope would extrapolate far beyond the customers seen with it.
    /// </summary>
    private static bool IsCount(string column) => column is WrongNumbers or BouncedEmails;

    private static int[] ModifierColumns(FeatureMatrix x) => Enumerable.Range(0, x.Columns)
        .Where(j => x.ColumnNames[j].StartsWith(SegmentPrefix, StringComparison.Ordinal) || Modifiers.Contains(x.ColumnNames[j]))
        .ToArray();
}
