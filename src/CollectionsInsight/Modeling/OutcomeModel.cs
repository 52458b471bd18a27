using System.Diagnostics;
using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// A fitted outcome model: the probability of payment within the horizon under each channel, and per-feature
/// contributions to each channel's score (tree-path attribution for trees, weight × scaled value for the linear model).
/// </summary>
/// <param name="Kind">The learner: S, T, linear or blend.</param>
/// <param name="Models">One model for the S-learner and the linear learner, one per channel (phone, email, both) for the
/// T-learner, and the linear then the S-learner's model for the blend.</param>
/// <param name="Design">The linear learner's design (also the blend's); null for the tree learners.</param>
internal sealed record OutcomeModel(CausalLearner Kind, IReadOnlyList<ITrainedModel> Models, LinearDesign? Design)
{
    /// <summary>The blend of a fitted linear and S-learner model.</summary>
    public static OutcomeModel Blend(OutcomeModel linear, OutcomeModel s) =>
        new(CausalLearner.Blend, [linear.Models[0], s.Models[0]], linear.Design);

    /// <summary>
    /// Rows taken at a time: a piece of the linear design (about 170 columns) stays under the 85,000 bytes of the
    /// large-object heap and dies young. Whole designs of a book's rows went to the large-object heap, whose collections
    /// are full, blocking ones of everything loaded: recommending for 50,000 customers took 5.7–6.3 s with them and
    /// 4.9–5.4 s in pieces, and peaked 0.1 GiB lower (docs/model-status.md).
    /// </summary>
    private const int PieceRows = 48;

    /// <summary>Predicted probabilities per row and channel, each in [0, 1].</summary>
    public ChannelTable<double> Predict(FeatureMatrix x)
    {
        var result = new ChannelTable<double>(x.Rows);
        InPieces(x, (piece, first) => PredictPiece(piece).CopyTo(result, first));
        return result;
    }

    /// <summary>Contributions of each feature to <paramref name="channel"/>'s score, rows × features.</summary>
    public double[] Contributions(FeatureMatrix x, ChannelMix channel)
    {
        var result = new double[x.Rows * x.Columns];
        InPieces(x, (piece, first) => ContributionsOfPiece(piece, channel).CopyTo(result, first * x.Columns));
        return result;
    }

    /// <summary>Calls <paramref name="body"/>(piece, its first row) on pieces of <see cref="PieceRows"/> rows, one block of pieces per core.</summary>
    private static void InPieces(FeatureMatrix x, Action<FeatureMatrix, int> body) =>
        RowBlocks.ForEach(x.Rows, (start, end) =>
        {
            for (var first = start; first < end; first += PieceRows)
                body(TrainingSet.SelectRows(x, Enumerable.Range(first, Math.Min(PieceRows, end - first)).ToArray()), first);
        });

    private ChannelTable<double> PredictPiece(FeatureMatrix x)
    {
        if (Kind == CausalLearner.Blend)
            return Mean(LinearPart.PredictPiece(x), TreePart.PredictPiece(x));
        var result = new ChannelTable<double>(x.Rows);
        foreach (var mix in ChannelChoices.All)
        {
            var p = ModelFor(mix).Predict(Input(x, mix));
            for (var i = 0; i < x.Rows; i++)
                result[i, mix] = Math.Clamp(p[i], 0, 1);
        }
        return result;
    }

    private double[] ContributionsOfPiece(FeatureMatrix x, ChannelMix channel)
    {
        if (Kind == CausalLearner.Blend)
            return Mean(LinearPart.ContributionsOfPiece(x, channel), TreePart.ContributionsOfPiece(x, channel));
        var input = Input(x, channel);
        var all = ModelFor(channel).Contributions(input);
        if (Design is not null)
            return Design.FeatureContributions(x, channel, all);
        if (input.Columns == x.Columns)
            return all;
        // The S-learner's input ends with the channel columns, which are no reason of the customer's.
        var result = new double[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
            all.AsSpan(i * input.Columns, x.Columns).CopyTo(result.AsSpan(i * x.Columns, x.Columns));
        return result;
    }

    /// <summary>The mean of two equally long arrays, element by element: how the blend combines its parts.</summary>
    public static double[] Mean(double[] a, double[] b)
    {
        var mean = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
            mean[i] = (a[i] + b[i]) / 2;
        return mean;
    }

    /// <summary>The mean of two tables of the same rows, value by value.</summary>
    public static ChannelTable<double> Mean(ChannelTable<double> a, ChannelTable<double> b) => new(Mean(a.Values, b.Values));

    private OutcomeModel LinearPart => new(CausalLearner.Linear, [Models[0]], Design);

    private OutcomeModel TreePart => new(CausalLearner.SLearner, [Models[1]], null);

    private ITrainedModel ModelFor(ChannelMix channel) =>
        Kind == CausalLearner.TLearner ? Models[ChannelChoices.IndexOf(channel)] : Models[0];

    /// <summary>What the model for <paramref name="channel"/> takes: the features, with the channel for the single-model learners.</summary>
    private FeatureMatrix Input(FeatureMatrix x, ChannelMix channel) => Kind switch
    {
        CausalLearner.SLearner => WithChannels(x, Enumerable.Repeat(channel, x.Rows).ToArray()),
        CausalLearner.Linear => Design!.WithChannel(x, channel),
        CausalLearner.TLearner => x,
        CausalLearner.Auto or CausalLearner.Blend => throw new InvalidOperationException($"the {Kind.ToWord()}-learner has no input of its own"),
        _ => throw new UnreachableException($"learner {Kind}"),
    };

    /// <summary>The features with one-hot channel columns appended, row i getting channel <paramref name="channels"/>[i].</summary>
    public static FeatureMatrix WithChannels(FeatureMatrix x, IReadOnlyList<ChannelMix> channels)
    {
        var width = x.Columns + ChannelChoices.Count;
        var values = new float[x.Rows * width];
        for (var i = 0; i < x.Rows; i++)
        {
            x.Values.Slice(i * x.Columns, x.Columns).CopyTo(values.AsSpan(i * width, x.Columns));
            values[i * width + x.Columns + ChannelChoices.IndexOf(channels[i])] = 1;
        }
        return new FeatureMatrix(x.Rows, [.. x.ColumnNames, .. Channels.IndicatorColumns], values);
    }
}
