namespace CollectionsInsight.Metrics;

/// <summary>
/// The Kaplan–Meier curve at one day with events or censorings: S(t) = Π over event days tᵢ ≤ t of (1 − dᵢ / nᵢ).
/// </summary>
/// <param name="Day">t, days since the start (e.g. of the collection episode).</param>
/// <param name="AtRisk">nᵢ, subjects with duration ≥ this day.</param>
/// <param name="Events">dᵢ, events on this day.</param>
/// <param name="Censored">Subjects censored on this day; they count as at risk for this day's events.</param>
/// <param name="Survival">S(t), the estimated share without the event (e.g. still unpaid) after this day.</param>
/// <param name="Variance">Greenwood: S(t)² · Σ dᵢ / (nᵢ (nᵢ − dᵢ)); null once S is 0.</param>
/// <param name="Lower">Lower 95% limit, S^exp(z·σ); null where S is 1 or 0.</param>
/// <param name="Upper">Upper 95% limit, S^exp(−z·σ); null where S is 1 or 0.</param>
public sealed record KaplanMeierStep(
    int Day, int AtRisk, int Events, int Censored, double Survival, double? Variance, double? Lower, double? Upper);
