using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>The propensity model: a multinomial logistic regression of the channel on the features (<see cref="LinearDesign.Features"/>).</summary>
internal sealed record PropensityModel(ITrainedModel Model, LinearDesign Design)
{
    /// <summary>The probabilities of phone, email and both per row.</summary>
    public ChannelTable<double> Predict(FeatureMatrix x) => new(Model.Predict(Design.Features(x)));
}
