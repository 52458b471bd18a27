using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Which outcome learner the recommender uses; <see cref="Auto"/> keeps <see cref="Linear"/> unless another is clearly
/// better by held-out doubly-robust policy value.
/// </summary>
public enum CausalLearner
{
    Auto,

    /// <summary>One model of the outcome given the features and the channel.</summary>
    SLearner,

    /// <summary>One model of the outcome per channel.</summary>
    TLearner,

    /// <summary>Per channel, a regression of the cross-fitted doubly-robust scores on the features.</summary>
    DRLearner,

    /// <summary>
    /// The managed baseline: one logistic regression with every feature and, per channel, slopes on the contact
    /// features (<see cref="ChannelDesign"/>), weighted by inverse propensity.
    /// </summary>
    Linear,
}

/// <summary>The command-line words for <see cref="CausalLearner"/>: auto, s, t, dr, linear.</summary>
public static class CausalLearnerWords
{
    public static string ToWord(this CausalLearner learner) => learner switch
    {
        CausalLearner.SLearner => "s",
        CausalLearner.TLearner => "t",
        CausalLearner.DRLearner => "dr",
        CausalLearner.Linear => "linear",
        _ => "auto",
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
/// contributions to each channel's prediction (SHAP values for trees, coefficient × standardised value for linear models).
/// </summary>
internal sealed class OutcomeModel(CausalLearner kind, IReadOnlyList<ITrainedModel> models)
{
    public CausalLearner Kind { get; } = kind;

    /// <summary>One model for the S-learner and the linear learner, else one per channel (phone, email, both).</summary>
    public IReadOnlyList<ITrainedModel> Models { get; } = models;

    /// <summary>Predicted probabilities, rows × 3 (phone, email, both), row-major, each in [0, 1].</summary>
    public double[] Predict(FeatureMatrix x)
    {
        var result = new double[x.Rows * Channels.Count];
        for (var t = 0; t < Channels.Count; t++)
        {
            var p = ModelFor(t).Predict(Input(x, t));
            for (var i = 0; i < x.Rows; i++)
                result[i * Channels.Count + t] = Math.Clamp(p[i], 0, 1);
        }
        return result;
    }

    /// <summary>
    /// Contributions of each feature to channel <paramref name="channel"/>'s prediction, rows × features (no bias);
    /// approximate for trees (per-path attribution): they only rank reasons, and exact SHAP on every customer and
    /// channel took most of the recommending time.
    /// </summary>
    public double[] Contributions(FeatureMatrix x, int channel)
    {
        var input = Input(x, channel);
        var all = ModelFor(channel).Contributions(input, approximate: true);
        if (Kind == CausalLearner.Linear)
            return ChannelDesign.FeatureContributions(x, all);
        var width = input.Columns + 1;
        var result = new double[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
            all.AsSpan(i * width, x.Columns).CopyTo(result.AsSpan(i * x.Columns, x.Columns));
        return result;
    }

    private ITrainedModel ModelFor(int channel) => Kind is CausalLearner.SLearner or CausalLearner.Linear ? Models[0] : Models[channel];

    /// <summary>What the model for <paramref name="channel"/> takes: the features, with the channel for the single-model learners.</summary>
    private FeatureMatrix Input(FeatureMatrix x, int channel) => Kind switch
    {
        CausalLearner.SLearner => WithChannel(x, channel),
        // A missing feature takes the training mean, which the fitted model keeps for its own (feature) columns.
        CausalLearner.Linear => ChannelDesign.Of(x, channel, ((LinearModel)Models[0]).Means),
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

    private static FeatureMatrix WithChannel(FeatureMatrix x, int channel) => WithChannels(x, Enumerable.Repeat(channel, x.Rows).ToArray());
}
