using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>Out-of-fold propensities, and out-of-fold predictions of each learner cross-fitted, in the order asked for.</summary>
internal sealed record CrossFitted(ChannelTable<double> Propensities, IReadOnlyList<ChannelTable<double>> Predictions);
