namespace CollectionsInsight.Metrics;

/// <summary>Knobs of <see cref="ChannelEffectiveness.Compute"/>.</summary>
public sealed record ChannelEffectivenessOptions
{
    /// <summary>W: the episode's treatment is the channel mix of its first W days (default 7, the follow-up interval).</summary>
    public int WindowDays { get; init; } = 7;

    /// <summary>H: "paid within H days of the episode start" (default 30).</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>Also split every table by this attribute of the customer or the invoice (group "all" is always there).</summary>
    public GroupAttribute? GroupBy { get; init; }

    /// <summary>Months in each monthly DSO/CEI period: the month and the ones before it (default 3, a rolling quarter).</summary>
    public int DsoPeriodMonths { get; init; } = 3;

    /// <summary>
    /// A champion/challenger test the worklists ran (<c>worklist --challenger-share</c>), to compare by the channel drawn;
    /// default none. Only the whole book is compared, whatever <see cref="GroupBy"/> says.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ChallengerTestDesign? ChallengerTest { get; init; }

    /// <summary>
    /// Resamples and seed of the bootstrap intervals for the means. On large groups the resamples are reduced so
    /// that one interval draws at most <see cref="MaxBootstrapDraws"/> values (never below 200 resamples);
    /// each interval records the resamples it used. Groups of <see cref="Metrics.Bootstrap.PoissonFrom"/> paid invoices or
    /// more are resampled the Poisson way (see <see cref="Metrics.Bootstrap"/>).
    /// </summary>
    public BootstrapOptions Bootstrap { get; init; } = new();

    /// <summary>The most values one bootstrap interval draws (resamples × paid invoices), to bound the run time.</summary>
    public const long MaxBootstrapDraws = 40_000_000;

    internal void Validate()
    {
        if (WindowDays is < 1 or > 365) throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the window must be 1 to 365 days");
        if (HorizonDays is < 1 or > 3650) throw new ArgumentOutOfRangeException(nameof(HorizonDays), HorizonDays, "the horizon must be 1 to 3650 days");
        if (DsoPeriodMonths is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(DsoPeriodMonths), DsoPeriodMonths, "the DSO period must be 1 to 12 months");
        ChallengerTest?.Validate();
    }
}
