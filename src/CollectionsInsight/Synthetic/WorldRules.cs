using System.Diagnostics;

namespace CollectionsInsight.Synthetic;

/// <summary>
/// The rules of one generated world (<see cref="GeneratorWorld"/>) with the options' knobs applied: the book it keeps
/// (terms, who pays on time, how long a collection effort takes) and what drives the true response to each channel
/// (<see cref="HiddenTraits.TrueLogit"/>).
/// </summary>
internal sealed record WorldRules
{
    /// <summary>
    /// The first generator's book: a fifth of the customers onboarded during the history, 45- and 60-day terms common,
    /// barely half the invoices paid on time, and exponential times to pay from the episode start (DSO near 100).
    /// <see cref="GeneratorWorld.Individual"/> keeps it so that its files stay byte for byte what they were.
    /// </summary>
    public bool FirstBook { get; init; }

    /// <summary>Log-odds that an average customer pays an invoice by its due date (or a day or two after), before any collection.</summary>
    public double OnTimeLogit { get; init; }

    /// <summary>Log-odds of payment within the horizon of an average customer's typical invoice, before any channel.</summary>
    public double BaseLogit { get; init; }

    /// <summary>See <see cref="GeneratorOptions.ResponsivenessBySegment"/>.</summary>
    public double ResponsivenessBySegment { get; init; }

    /// <summary>Scales every channel effect; 0 in the null world.</summary>
    public double Effect { get; init; } = 1;

    /// <summary>What a call adds (log-odds) for a customer onboarded less than 90 days before the effort, times the customer's own intro response.</summary>
    public double IntroCall { get; init; } = 0.5;

    /// <summary>The share of <see cref="IntroCall"/> left when an email goes out with the call: a dunning email beside the introduction spoils some of it.</summary>
    public double IntroCallWithEmail { get; init; } = 1;

    /// <summary>What a call does (log-odds) for an established customer with no responsiveness to the phone, before time-zone distance.</summary>
    public double PhoneOffset { get; init; } = -0.4;

    /// <summary>
    /// Whether phone and email at once press a customer to pay or put it off by visible traits (segment, lateness,
    /// invoice volume and size); otherwise both only annoys reliable payers a little.
    /// </summary>
    public bool Pressure { get; init; }

    /// <summary>Monthly chance that a working phone number turns wrong, from the onboarding or the start of the history.</summary>
    public double PhoneDecayPerMonth { get; init; }

    /// <summary>Monthly chance that a working email address starts bouncing.</summary>
    public double EmailDecayPerMonth { get; init; }

    private static readonly WorldRules First = new() { FirstBook = true, OnTimeLogit = 0.3, BaseLogit = -0.3 };
    // The calibrated book's customers pay within the horizon more surely than the first book's, which flattens a channel's
    // effect on the probability; its channel effects are larger in log-odds so the oracle still gains clearly over one channel.
    private static readonly WorldRules Calibrated = new() { OnTimeLogit = 1.3, BaseLogit = 0.7, Effect = 1.6, IntroCallWithEmail = 0.5 };

    public static WorldRules For(GeneratorOptions options)
    {
        var world = options.World switch
        {
            GeneratorWorld.Individual => First,
            GeneratorWorld.Segment => Calibrated with { ResponsivenessBySegment = 0.8 },
            GeneratorWorld.Pressure => Calibrated with { Pressure = true },
            GeneratorWorld.Intro => Calibrated with { IntroCall = 2.0, PhoneOffset = -0.7 },
            GeneratorWorld.Decay => Calibrated with { PhoneDecayPerMonth = 0.02, EmailDecayPerMonth = 0.03 },
            GeneratorWorld.Null => Calibrated with { Effect = 0 },
            GeneratorWorld.Default => Calibrated with { ResponsivenessBySegment = 0.5, Pressure = true, IntroCall = 1.5 },
            _ => throw new UnreachableException($"no rules for the world {options.World}"),
        };
        return world with
        {
            ResponsivenessBySegment = options.ResponsivenessBySegment ?? world.ResponsivenessBySegment,
            Effect = world.Effect * options.EffectStrength,
        };
    }

    // The calibrated book's time to pay from the episode start: a payment the effort prompts comes within days (a
    // truncated exponential with this mean); of the rest most follow the later follow-ups, a quarter are very slow.
    private const double PromptedMeanDays = 8;
    private const double LaterMeanDays = 20;
    private const double VerySlowMeanDays = 120;
    private const double VerySlowShare = 0.25;

    /// <summary>
    /// Days from the episode start to payment, drawn so that P(days ≤ <paramref name="horizon"/>) = <paramref name="p"/>
    /// exactly. First book: ceil(T) with T exponential at the rate that gives p. Calibrated book: with probability p a
    /// prompted payment within the horizon, otherwise the horizon plus a later or a very slow payment.
    /// </summary>
    public int DaysToPay(double p, int horizon, Random random)
    {
        if (FirstBook) return (int)Math.Ceiling(-Math.Log(1 - random.NextDouble()) / PaymentRate(p, horizon));
        if (random.NextDouble() < p)
            return Math.Max(1, (int)Math.Ceiling(-PromptedMeanDays * Math.Log(1 - random.NextDouble() * (1 - Math.Exp(-horizon / PromptedMeanDays)))));
        var mean = random.NextDouble() < VerySlowShare ? VerySlowMeanDays : LaterMeanDays;
        return horizon + (int)Math.Ceiling(-mean * Math.Log(1 - random.NextDouble()));
    }

    /// <summary>The mean of <see cref="DaysToPay"/>.</summary>
    public double ExpectedDaysToSettle(double p, int horizon)
    {
        if (FirstBook) return 1 / (1 - Math.Exp(-PaymentRate(p, horizon)));
        var within = 0.0;
        var mass = 1 - Math.Exp(-horizon / PromptedMeanDays);
        for (var day = 1; day <= horizon; day++)
            within += day * (Math.Exp(-(day - 1) / PromptedMeanDays) - Math.Exp(-day / PromptedMeanDays)) / mass;
        var beyond = horizon + VerySlowShare * MeanCeiling(VerySlowMeanDays) + (1 - VerySlowShare) * MeanCeiling(LaterMeanDays);
        return p * within + (1 - p) * beyond;
    }

    /// <summary>The mean of ceil(T), T exponential with mean <paramref name="mean"/>: a geometric distribution.</summary>
    private static double MeanCeiling(double mean) => 1 / (1 - Math.Exp(-1 / mean));

    private static double PaymentRate(double p, int horizon) => -Math.Log(1 - Math.Min(p, 1 - 1e-12)) / horizon;
}
