using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>What <see cref="DataGenerator"/> makes. Same options, same data, byte for byte.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The random seed: the same seed and options give the same files.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many customers the book has.</summary>
    public int Customers { get; init; } = 500;

    /// <summary>How many months of history to generate.</summary>
    public int Months { get; init; } = 18;

    /// <summary>First day of the generated history; the end date is <see cref="Months"/> later, minus a day.</summary>
    public DateOnly Start { get; init; } = new(2024, 1, 1);

    /// <summary>
    /// What drives the customers' true response to phone, email and both (docs/worlds.md). The knobs below apply on
    /// top of it; the collectors choose channels the same way in every world.
    /// </summary>
    public GeneratorWorld World { get; init; }

    /// <summary>
    /// How strongly collectors pick the channel from what they see (invoice size, the customer's lateness):
    /// 0 = at random, 1 = the default, higher = more confounded.
    /// </summary>
    public double Confounding { get; init; } = 1.0;

    /// <summary>
    /// Scales every channel effect of the <see cref="World"/>: 1 = as the world has them, 0 = the null scenario (no channel
    /// matters, as in <see cref="GeneratorWorld.Null"/>).
    /// </summary>
    public double EffectStrength { get; init; } = 1.0;

    /// <summary>
    /// How much of a customer's responsiveness to phone and to email its segment explains: 0 = none (each customer's
    /// own, seen only through its answered calls and replies); 1 = all of it (owner-run SMBs pick up the phone,
    /// enterprise accounts-payable desks work from a shared mailbox); null = the <see cref="World"/>'s share. Higher
    /// values make the best channel more predictable from the data, which bounds how close any model can get to the oracle.
    /// </summary>
    public double? ResponsivenessBySegment { get; init; }

    /// <summary>Share of collection episodes whose channel is chosen uniformly at random, so every channel is seen for every kind of customer.</summary>
    public double Exploration { get; init; } = 0.2;

    /// <summary>The outcome horizon of the ground truth: paid within this many days of the episode start.</summary>
    public int HorizonDays { get; init; } = 30;

    /// <summary>Follow-ups come this many days apart once the first contact got no payment.</summary>
    public int FollowUpDays { get; init; } = 7;

    /// <summary>The last day of the generated history.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    internal void Validate()
    {
        if (!Enum.IsDefined(World)) throw new ArgumentOutOfRangeException(nameof(World), World, $"the world must be one of {Words.List<GeneratorWorld>()}");
        if (Customers is < 1 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(Customers), Customers, "customers must be 1 to 10,000,000");
        if (Months is < 1 or > 240) throw new ArgumentOutOfRangeException(nameof(Months), Months, "months must be 1 to 240");
        if (Confounding is < 0 or > 10 || double.IsNaN(Confounding)) throw new ArgumentOutOfRangeException(nameof(Confounding), Confounding, "confounding must be 0 to 10");
        if (EffectStrength is < 0 or > 10 || double.IsNaN(EffectStrength)) throw new ArgumentOutOfRangeException(nameof(EffectStrength), EffectStrength, "effect strength must be 0 to 10");
        if (ResponsivenessBySegment is < 0 or > 1 || (ResponsivenessBySegment is { } share && double.IsNaN(share)))
            throw new ArgumentOutOfRangeException(nameof(ResponsivenessBySegment), ResponsivenessBySegment, "responsiveness by segment must be 0 to 1");
        if (Exploration is < 0 or > 1 || double.IsNaN(Exploration)) throw new ArgumentOutOfRangeException(nameof(Exploration), Exploration, "exploration must be 0 to 1");
        if (HorizonDays is < 1 or > 365) throw new ArgumentOutOfRangeException(nameof(HorizonDays), HorizonDays, "horizon must be 1 to 365 days");
        if (FollowUpDays is < 1 or > 60) throw new ArgumentOutOfRangeException(nameof(FollowUpDays), FollowUpDays, "follow-up interval must be 1 to 60 days");
    }
}
