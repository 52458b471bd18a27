using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>
/// Days to pay and days beyond terms of the invoices of one channel mix, in one view and one group.
/// Days figures are over the invoices paid by the as-of date; open invoices are not dropped: they count in
/// <see cref="PaidShare"/>, and as censored in the Kaplan–Meier median and <see cref="PaidWithinHorizon"/>.
/// </summary>
/// <param name="View">Which channel mix the invoices are counted under: lifetime or episode.</param>
/// <param name="Group">"all", or the value of the attribute the tables are split by (<see cref="GroupAttribute"/>).</param>
/// <param name="Mix">The channel mix of the invoices summarised.</param>
/// <param name="Invoices">Invoices issued by the as-of date (credit notes excluded), paid or open.</param>
/// <param name="PaidInvoices">Of those, the invoices settled by the as-of date.</param>
/// <param name="Amount">The invoices' total amount, in invoice currency (amounts are not converted).</param>
/// <param name="DaysToPay">Days from issue to settlement of the paid invoices, with the amount-weighted mean; null when none is paid.</param>
/// <param name="MeanDaysToPayInterval">Bootstrap interval of the mean days to pay; null when none is paid.</param>
/// <param name="WeightedDaysToPayInterval">Bootstrap interval of the amount-weighted mean days to pay; null when none is paid.</param>
/// <param name="DaysBeyondTerms">Days from due date to settlement of the paid invoices, signed (negative = early); null when none is paid.</param>
/// <param name="MeanDaysBeyondTermsClamped">Mean of max(0, days beyond terms): early payment counts as 0 days late; null when none is paid.</param>
/// <param name="SharePaidLate">Share (0 to 1) of the paid invoices settled after their due date; null when none is paid.</param>
/// <param name="HorizonKnown">Invoices whose paid-within-H outcome is known: with an episode whose H days have passed by the
/// as-of date (a younger one is left out even when paid, so the share is not biased towards quick payers).</param>
/// <param name="PaidWithinHorizon">Share (0 to 1) of <paramref name="HorizonKnown"/> paid within H days of the episode start;
/// null when none is known.</param>
/// <param name="KmMedianDays">Kaplan–Meier median days from episode start to settlement (open invoices censored); null when
/// fewer than half are known to be paid, or no invoice had an episode.</param>
/// <param name="KmMedianLower">Lower 95% limit of the median, in days; null when the data do not bound it.</param>
/// <param name="KmMedianUpper">Upper 95% limit of the median, in days; null when the data do not bound it.</param>
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
    /// <summary>Share (0 to 1) of the invoices settled by the as-of date; 0 when there are no invoices.</summary>
    public double PaidShare => Invoices == 0 ? 0 : (double)PaidInvoices / Invoices;
}
