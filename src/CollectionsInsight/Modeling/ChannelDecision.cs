using CollectionsInsight.Domain;

namespace CollectionsInsight.Modeling;

/// <summary>
/// The decision the model makes per customer: of the channels the customer can be reached by, the one with the best
/// predicted outcome net of the collector minutes it costs.
/// </summary>
public sealed record ChannelDecision
{
    /// <summary>Collector minutes per effort with each channel (by default the worklist's: a call 10, an email 4, both 14).</summary>
    public ChannelValues<double> Minutes { get; init; } =
        new(Phone: CollectorMinutes.Call, Email: CollectorMinutes.Email, Both: CollectorMinutes.Call + CollectorMinutes.Email);

    /// <summary>Probability of payment a collector minute is worth: 0 = choose on outcome alone.</summary>
    public double CostWeight { get; init; } = 0.001;

    /// <summary>
    /// Of the channels the customer can be reached by, the one with the best predicted outcome net of cost (first in
    /// phone, email, both order on ties).
    /// </summary>
    /// <exception cref="ArgumentException">No channel is reachable.</exception>
    public ChannelMix Choose(ChannelValues<double> predictions, ChannelValues<bool> reachable)
    {
        ChannelMix? best = null;
        foreach (var mix in ChannelChoices.All)
        {
            if (reachable[mix] && (best is not { } current || NetValue(predictions, mix) > NetValue(predictions, current)))
                best = mix;
        }
        return best ?? throw new ArgumentException("at least one channel must be reachable", nameof(reachable));
    }

    /// <summary>A channel's predicted outcome less the collector minutes it costs.</summary>
    public double NetValue(ChannelValues<double> predictions, ChannelMix channel) => predictions[channel] - CostWeight * Minutes[channel];

    /// <exception cref="ArgumentOutOfRangeException">A setting outside its range.</exception>
    internal void Validate()
    {
        OptionRange.Check(Minutes.Phone >= 0 && Minutes.Email >= 0 && Minutes.Both >= 0, "minutes", Minutes.Phone, "zero or more");
        OptionRange.Check(CostWeight is >= 0 and <= 1, nameof(CostWeight), CostWeight, "0 to 1");
    }
}
