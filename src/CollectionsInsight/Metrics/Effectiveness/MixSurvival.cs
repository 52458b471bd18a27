using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>The Kaplan–Meier time-to-pay curve from the episode start for one channel mix (open invoices censored).</summary>
public sealed record MixSurvival(MixView View, string Group, ChannelMix Mix, KaplanMeierCurve Curve);
