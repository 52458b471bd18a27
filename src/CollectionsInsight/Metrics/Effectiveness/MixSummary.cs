using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Days to pay and days beyond terms of the invoices of one channel mix, in one view and one group.
/// Days figures are over the invoices paid by the as-of date; open invoices are not dropped: they count in
/// <see cref="PaidShare"/>, and as censored in the Kaplan–Meier median and <see cref="PaidWithinHorizon"/>.
/// </summary>
public sealed record MixSummary(
    MixView View,
    string Group,
    ChannelMix Mix,
    int Invoices,
    int PaidInvoices,
    decimal Amount,
    DescriptiveSummary? DaysToPay,
    BootstrapInterval? MeanDaysToPayInterval,
    BootstrapInterval? WeightedDaysToPayInterval,
    DescriptiveSummary? DaysBeyondTerms,
    double? MeanDaysBeyondTermsClamped,
    double? SharePaidLate,
    int HorizonKnown,
    double? PaidWithinHorizon,
    int? KmMedianDays,
    int? KmMedianLower,
    int? KmMedianUpper)
{
    public double PaidShare => Invoices == 0 ? 0 : (double)PaidInvoices / Invoices;
}
