using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Which outcome learner the recommender uses; <see cref="Auto"/> compares the linear learner, the S-learner and their
/// blend by cross-fitted doubly-robust policy value. Its words (<see cref="Words"/>): auto, s, t, linear, blend.
/// </summary>
public enum CausalLearner
{
    /// <summary>
    /// Compare the linear learner, the S-learner and their blend, and keep the blend unless a single learner beats it with
    /// confidence (see <see cref="ChannelRecommender"/>).
    /// </summary>
    Auto,

    /// <summary>One tree model of the outcome given the features and the channel.</summary>
    [Word("s")]
    SLearner,

    /// <summary>One tree model of the outcome per channel.</summary>
    [Word("t")]
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
