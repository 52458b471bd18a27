using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;
using static CollectionsInsight.Modeling.Features.FeatureSchema;

namespace CollectionsInsight.Modeling;

/// <summary>
/// The inputs of the linear learner: every feature, for the customer's chance of paying at all; an indicator per
/// channel; and slopes on the contact features (the effect modifiers: segment, how the customer answered calls and
/// emails, failing or missing contact details, time zone, tenure, lateness) for phone and for email. Which channel
/// works depends on how reachable the customer is by it, so the channel terms are kept to those.
/// Both is a call and an email: it takes half of the phone slopes and half of the email slopes, plus a slope of its own
/// on lateness, because two channels at once are more pressure, which a late payer may need and a punctual one resent.
/// Giving both slopes of its own on everything, or every feature a slope per channel (a T-learner), adds coefficients
/// and, at tens of thousands of episodes, noise in the differences between channels that the recommendation rests on.
/// </summary>
internal static class ChannelDesign
{
    private static readonly string[] Modifiers =
    [
        PhoneReachRate, EmailReplyRate, WrongNumbers, BouncedEmails, PhoneMissing, EmailMissing, TimeZoneHours, TenureDays, EarlierShareLate,
    ];

    /// <summary>The modifiers on which both has a slope of its own: how the customer takes pressure.</summary>
    private static readonly string[] Pressure = [EarlierShareLate];

    private const int Phone = 0, Email = 1, Both = 2;

    /// <summary>
    /// The design for rows where row i got channel <paramref name="channels"/>[i]. A missing feature value takes
    /// <paramref name="fill"/> (the training mean), so a missing modifier means the same in every channel's slope.
    /// </summary>
    public static FeatureMatrix Of(FeatureMatrix x, IReadOnlyList<int> channels, IReadOnlyList<double> fill)
    {
        var layout = new Layout(x);
        var values = new float[x.Rows * layout.Width];
        for (var i = 0; i < x.Rows; i++)
        {
            var row = values.AsSpan(i * layout.Width, layout.Width);
            for (var j = 0; j < x.Columns; j++)
                row[j] = float.IsNaN(x[i, j]) ? (float)fill[j] : x[i, j];
            var channel = channels[i];
            row[x.Columns + channel] = 1;
            var share = channel == Both ? 0.5f : 1f;
            for (var m = 0; m < layout.Modifiers.Length; m++)
            {
                var value = share * layout.ModifierValue(row, m);
                if (channel != Email) row[layout.PhoneSlopes + m] = value;
                if (channel != Phone) row[layout.EmailSlopes + m] = value;
            }
            if (channel != Both) continue;
            for (var p = 0; p < layout.Pressure.Length; p++)
                row[layout.BothSlopes + p] = row[layout.Pressure[p]];
        }
        return new FeatureMatrix(x.Rows, layout.Names, values);
    }

    /// <summary>The design with every row getting <paramref name="channel"/>.</summary>
    public static FeatureMatrix Of(FeatureMatrix x, int channel, IReadOnlyList<double> fill) =>
        Of(x, Enumerable.Repeat(channel, x.Rows).ToArray(), fill);

    /// <summary>
    /// Per feature of <paramref name="x"/>, its contribution to the margin of the channel the design was built for:
    /// the feature's own term plus every slope term it feeds (rows × features), from the design's contributions
    /// (rows × (design columns + bias)). The slopes of the other channels are zero in that design.
    /// </summary>
    public static double[] FeatureContributions(FeatureMatrix x, double[] designContributions)
    {
        var layout = new Layout(x);
        var width = layout.Width + 1;   // + the bias column
        var result = new double[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
        {
            var design = designContributions.AsSpan(i * width, width);
            var row = result.AsSpan(i * x.Columns, x.Columns);
            design[..x.Columns].CopyTo(row);
            for (var m = 0; m < layout.Modifiers.Length; m++)
                row[layout.Modifiers[m]] += design[layout.PhoneSlopes + m] + design[layout.EmailSlopes + m];
            for (var p = 0; p < layout.Pressure.Length; p++)
                row[layout.Pressure[p]] += design[layout.BothSlopes + p];
        }
        return result;
    }

    /// <summary>
    /// Where everything sits in the design: the features, the three channel indicators, the phone slopes, the email
    /// slopes and both's own slopes.
    /// </summary>
    private sealed class Layout
    {
        public Layout(FeatureMatrix x)
        {
            Modifiers = ColumnsNamed(x, c => c.StartsWith(SegmentPrefix, StringComparison.Ordinal) || ChannelDesign.Modifiers.Contains(c));
            Pressure = ColumnsNamed(x, ChannelDesign.Pressure.Contains);
            yesNo = Modifiers.Select(j => IsCount(x.ColumnNames[j])).ToArray();
            PhoneSlopes = x.Columns + Channels.Count;
            EmailSlopes = PhoneSlopes + Modifiers.Length;
            BothSlopes = EmailSlopes + Modifiers.Length;
            Width = BothSlopes + Pressure.Length;
            Names =
            [
                .. x.ColumnNames,
                .. Channels.IndicatorColumns,
                .. SlopeNames(x, ChannelMix.Phone),
                .. SlopeNames(x, ChannelMix.Email),
                .. Pressure.Select(j => $"{x.ColumnNames[j]}_if_both"),
            ];
        }

        private readonly bool[] yesNo;

        /// <summary>Feature columns of the modifiers, with a phone and an email slope each.</summary>
        public int[] Modifiers { get; }

        /// <summary>Feature columns on which both has a slope of its own.</summary>
        public int[] Pressure { get; }

        /// <summary>Where the phone slopes, the email slopes and both's own slopes start in a design row.</summary>
        public int PhoneSlopes { get; }
        public int EmailSlopes { get; }
        public int BothSlopes { get; }
        public int Width { get; }
        public string[] Names { get; }

        /// <summary>
        /// Modifier m's value in a slope. Failing contact details enter as yes/no: the tenth bounce says no more than
        /// the first about whether email works, and a count as a slope would extrapolate far beyond the customers seen with it.
        /// </summary>
        public float ModifierValue(ReadOnlySpan<float> features, int m) =>
            yesNo[m] ? Math.Min(features[Modifiers[m]], 1) : features[Modifiers[m]];

        private IEnumerable<string> SlopeNames(FeatureMatrix x, ChannelMix mix) =>
            Modifiers.Select((j, m) => $"{(yesNo[m] ? "any_" : "")}{x.ColumnNames[j]}_if_{mix.ToWord()}");

        private static bool IsCount(string column) => column is WrongNumbers or BouncedEmails;

        private static int[] ColumnsNamed(FeatureMatrix x, Func<string, bool> matches) =>
            Enumerable.Range(0, x.Columns).Where(j => matches(x.ColumnNames[j])).ToArray();
    }
}
