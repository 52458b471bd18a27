namespace CollectionsInsight.Modeling;

/// <summary>
/// The options as the model file stores them: one flat object whose property names and order are part of the file
/// format (<see cref="ChannelModel.FileVersion"/>); changing them changes the file, and needs a new version.
/// </summary>
internal sealed record SavedOptions(
    DateOnly? AsOf,
    int HorizonDays,
    int WindowDays,
    CausalLearner Learner,
    int Seed,
    int Folds,
    double PropensityClip,
    double HeldOutShare,
    double PhoneMinutes,
    double EmailMinutes,
    double BothMinutes,
    double CostWeight,
    string TeamTimeZone,
    double LowPropensity,
    int MinSimilarEpisodes,
    int Rounds,
    double L2)
{
    public static SavedOptions From(RecommenderOptions options)
    {
        var (decision, training) = (options.Decision, options.Training);
        return new(options.AsOf, options.HorizonDays, options.WindowDays, training.Learner, training.Seed, training.Folds,
            training.PropensityClip, training.HeldOutShare, decision.Minutes.Phone, decision.Minutes.Email, decision.Minutes.Both,
            decision.CostWeight, options.TeamTimeZone, training.LowPropensity, training.MinSimilarEpisodes, training.Rounds, training.L2);
    }

    public RecommenderOptions ToOptions() => new()
    {
        AsOf = AsOf,
        HorizonDays = HorizonDays,
        WindowDays = WindowDays,
        TeamTimeZone = TeamTimeZone,
        Decision = new() { Minutes = new(PhoneMinutes, EmailMinutes, BothMinutes), CostWeight = CostWeight },
        Training = new()
        {
            Learner = Learner,
            Seed = Seed,
            Folds = Folds,
            PropensityClip = PropensityClip,
            HeldOutShare = HeldOutShare,
            LowPropensity = LowPropensity,
            MinSimilarEpisodes = MinSimilarEpisodes,
            Rounds = Rounds,
            L2 = L2,
        },
    };
}
