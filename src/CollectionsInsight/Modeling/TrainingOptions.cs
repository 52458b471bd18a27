using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>The advanced knobs of training: the learner, the seed, cross-fitting, hold-out, regularisation and confidence.</summary>
public sealed record TrainingOptions
{
    /// <summary>The outcome learner; by default <see cref="CausalLearner.Auto"/>, which compares the candidates.</summary>
    public CausalLearner Learner { get; init; } = CausalLearner.Auto;

    /// <summary>The random seed: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Blocks of time over which <see cref="CausalLearner.Auto"/> cross-fits the learners it compares.</summary>
    public int Folds { get; init; } = 3;

    /// <summary>Propensities are clipped to [clip, 1 − clip] in doubly-robust scores.</summary>
    public double PropensityClip { get; init; } = 0.02;

    /// <summary>
    /// The newest share of episodes held out to fill the model card; when several learners are compared, half as many
    /// again, just before them, are held out to choose the learner.
    /// </summary>
    public double HeldOutShare { get; init; } = 0.25;

    /// <summary>A recommendation is low-confidence when customers like this got that channel with a lower propensity.</summary>
    public double LowPropensity { get; init; } = 0.05;

    /// <summary>... or when fewer training episodes with that channel had a similar propensity.</summary>
    public int MinSimilarEpisodes { get; init; } = 30;

    /// <summary>Boosting rounds of the tree learners (LightGBM: learning rate 0.05, 16 leaves, at least 40 episodes per leaf).</summary>
    public int Rounds { get; init; } = 300;

    /// <summary>L2 penalty of the linear learner and the propensity model, on standardised coefficients.</summary>
    public double L2 { get; init; } = 1.0;

    internal LearnerOptions TreeSettings => new() { Seed = Seed, Trees = Rounds };

    internal LearnerOptions LinearSettings => new() { Seed = Seed, L2 = L2 };

    /// <exception cref="ArgumentOutOfRangeException">A setting outside its range.</exception>
    internal void Validate()
    {
        OptionRange.Check(Folds is >= 2 and <= 10, nameof(Folds), Folds, "2 to 10");
        OptionRange.Check(PropensityClip is > 0 and < 0.5, nameof(PropensityClip), PropensityClip, "between 0 and 0.5");
        OptionRange.Check(HeldOutShare is >= 0.05 and <= 0.5, nameof(HeldOutShare), HeldOutShare, "0.05 to 0.5");
        OptionRange.Check(LowPropensity is >= 0 and < 1, nameof(LowPropensity), LowPropensity, "0 to 1");
        OptionRange.Check(MinSimilarEpisodes >= 0, nameof(MinSimilarEpisodes), MinSimilarEpisodes, "zero or more");
        OptionRange.Check(L2 is >= 0 and <= 1e6, nameof(L2), L2, "0 to 1,000,000");
        OptionRange.Check(Rounds is >= 1 and <= 5000, nameof(Rounds), Rounds, "1 to 5000");
    }
}
