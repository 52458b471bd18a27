namespace CollectionsInsight.Metrics;

/// <summary>
/// One arm of a champion/challenger test, or the difference between two arms: the share of the arm's invoices paid
/// within the horizon of their due date, with its 95% interval.
/// </summary>
/// <param name="Arm">"phone", "email" or "both" (the channel drawn), "champion" (not drawn), "challengers" (all drawn), or
/// a difference such as "phone - email".</param>
/// <param name="Customers">Customers with at least one of the invoices counted.</param>
/// <param name="Invoices">Invoices due from the test's start whose horizon was over at the as-of date.</param>
/// <param name="PaidShare">The share of them paid within the horizon of their due date (a difference of shares for a
/// difference); null without invoices.</param>
/// <param name="Lower">Lower end of the 95% interval (normal, with customers as clusters; for the differences, 95% for all
/// four together); null when it cannot be computed.</param>
/// <param name="Upper">Upper end of the 95% interval.</param>
/// <param name="FollowedShare">For a drawn channel: of the invoices collected, the share whose first days used the drawn
/// channel mix (how far collectors followed the draw); null otherwise.</param>
public sealed record ChallengerArm(string Arm, int Customers, int Invoices, double? PaidShare, double? Lower, double? Upper, double? FollowedShare);
