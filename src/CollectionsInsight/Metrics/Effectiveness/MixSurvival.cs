using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>The Kaplan–Meier time-to-pay curve from the episode start for one channel mix (open invoices censored).</summary>
/// <param name="View">Which channel mix the invoices are counted under: lifetime or episode.</param>
/// <param name="Group">"all", or the value of the attribute the tables are split by (<see cref="GroupAttribute"/>).</param>
/// <param name="Mix">The channel mix of the invoices.</param>
/// <param name="Curve">The share of invoices still unpaid t days after the episode start.</param>
public sealed record MixSurvival(MixView View, string Group, ChannelMix Mix, KaplanMeierCurve Curve);
