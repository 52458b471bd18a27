using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Which outcome learner the recommender uses; <see cref="Auto"/> compares the others by cross-fitted doubly-robust
/// policy value and keeps the best.
/// </summary>
public enum CausalLearner
{
    Auto,

    /// <summary>One tree model of the outcome given the features and the channel.</summary>
    SLearner,

    /// <summary>One tree model of the outcome per channel.</summary>
    TLearner,

    /// <summary>
    /// One logistic regression with every feature, an indicator per channel and, per channel, a slope on every feature
    /// (<see cref="LinearDesign"/>), L2-regularised and weighted by inverse propensity.
    /// </summary>
    Linear,

    /// <summary>
    /// The mean of the <see cref="Linear"/> and the <see cref="SLearner"/> probabilities: the linear model's smooth
    /// slopes and the trees' thresholds and interactions, with less noise than either alone.
    /// </summary>
    Blend,
}

/// <summary>The command-line words for <see cref="CausalLearner"/>: auto, s, t, linear, blend.</summary>
public static class CausalLearnerWords
{
    public static string ToWord(this CausalLearner learner) => learner switch
    {
        CausalLearner.Auto => "auto",
        CausalLearner.SLearner => "s",
        CausalLearner.TLearner => "t",
        CausalLearner.Linear => "linear",
        CausalLearner.Blend => "blend",
        _ => throw new ArgumentOutOfRangeException(nameof(learner), learner, "no word for this learner"),
    };

    public static bool TryParse(string word, out CausalLearner learner)
    {
        foreach (var candidate in Enum.GetValues<CausalLearner>())
        {
            if (string.Equals(candidate.ToWord(), word.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                learner = candidate;
                return true;
            }
        }
        learner = default;
        return false;
    }
}

/// <summary>
/// A fitted outcome model: the probability of payment within the horizon under each channel, and per-feature
/// contributions to each channel's score (tree-path attribution for trees, weight × scaled value for the linear model).
/// </summary>
/// <param name="Models">One model for the S-learner and the linear learner, one per channel (phone, email, both) for the
/// T-learner, and the linear then the S-learner's model for the blend.</param>
/// <param name="Design">The linear learner's design (also the blend's); null for the tree learners.</param>
internal sealed record OutcomeModel(CausalLearner Kind, IReadOnlyList<ITrainedModel> Models, LinearDesign? Design)
{
    /// <summary>The blend of a fitted linear and S-learner model.</summary>
    public static OutcomeModel Blend(OutcomeModel linear, OutcomeModel s) =>
        new(CausalLearner.Blend, [linear.Models[0], s.Models[0]], linear.Design);

    /// <summary>Predicted probabilities, rows × 3 (phone, email, both), row-major, each in [0, 1].</summary>
    public double[] Predict(FeatureMatrix x)
    {
        if (Kind == CausalLearner.Blend)
            return Mean(LinearPart.Predict(x), TreePart.Predict(x));
        var result = new double[x.Rows * Channels.Count];
        for (var t = 0; t < Channels.Count; t++)
        {
            var p = ModelFor(t).Predict(Input(x, t));
            for (var i = 0; i < x.Rows; i++)
                result[i * Channels.Count + t] = Math.Clamp(p[i], 0, 1);
        }
        return result;
    }

    /// <summary>Contributions of each feature to channel <paramref name="channel"/>'s score, rows × features.</summary>
    public double[] Contributions(FeatureMatrix x, int channel)
    {
        if (Kind == CausalLearner.Blend)
            return Mean(LinearPart.Contributions(x, channel), TreePart.Contributions(x, channel));
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
    public static double[] Mean(double[] a, double[] b) => a.Zip(b, (u, v) => (u + v) / 2).ToArray();

    private OutcomeModel LinearPart => new(CausalLearner.Linear, [Models[0]], Design);

    private OutcomeModel TreePart => new(CausalLearner.SLearner, [Models[1]], null);

    private ITrainedModel ModelFor(int channel) => Kind == CausalLearner.TLearner ? Models[channel] : Models[0];

    /// <summary>What the model for <paramref name="channel"/> takes: the features, with the channel for the single-model learners.</summary>
    private FeatureMatrix Input(FeatureMatrix x, int channel) => Kind switch
    {
        CausalLearner.SLearner => WithChannels(x, Enumerable.Repeat(channel, x.Rows).ToArray()),
        CausalLearner.Linear => Design!.WithChannel(x, channel),
        _ => x,
    };

    /// <summary>The features with one-hot channel columns appended, row i getting channel <paramref name="channels"/>[i].</summary>
    public static FeatureMatrix WithChannels(FeatureMatrix x, IReadOnlyList<int> channels)
    {
        var width = x.Columns + Channels.Count;
        var values = new float[x.Rows * width];
        for (var i = 0; i < x.Rows; i++)
        {
            x.Values.Slice(i * x.Columns, x.Columns).CopyTo(values.AsSpan(i * width, x.Columns));
            values[i * width + x.Columns + channels[i]] = 1;
        }
        return new FeatureMatrix(x.Rows, [.. x.ColumnNames, .. Channels.IndicatorColumns], values);
    }
}

/// <summary>The propensity model: a multinomial logistic regression of the channel on the features (<see cref="LinearDesign.Features"/>).</summary>
internal sealed record PropensityModel(ITrainedModel Model, LinearDesign Design)
{
    /// <summary>Probabilities of phone, email and both, rows × 3, row-major.</summary>
    public double[] Predict(FeatureMatrix x) => Model.Predict(Design.Features(x));
}
