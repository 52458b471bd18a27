namespace CollectionsInsight.Metrics;

/// <summary>
/// Kaplan–Meier estimate of the probability that a subject has not had the event (e.g. is still unpaid) after t days.
/// <para>
/// On a day with both events and censorings the events come first (censored subjects are still at risk that day).
/// Pointwise 95% limits use the log(−log) transform (Kalbfleisch–Prentice) with Greenwood's variance:
/// σ = √(Σ dᵢ / (nᵢ (nᵢ − dᵢ))) / |ln S(t)|, limits S(t)^exp(±1.96·σ); they are undefined where S is 1 or 0.
/// </para>
/// <para>
/// Median = the first day with S ≤ 0.5. Its 95% interval (Brookmeyer–Crowley, read off the pointwise band as R's
/// survfit does): lower limit = the first day whose lower limit is ≤ 0.5, upper limit = the first day whose upper
/// limit is ≤ 0.5; null when the band never gets there (the data do not bound it).
/// </para>
/// </summary>
public sealed record KaplanMeierCurve
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    private const double Z = 1.959963984540054;

    /// <summary>Absorbs floating-point error in S when deciding S ≤ 0.5 (e.g. 19/20 × 18/19 × … × 10/11 = 1/2).</summary>
    private const double Tolerance = 1e-12;

    private KaplanMeierCurve(IReadOnlyList<KaplanMeierStep> steps, int subjects)
    {
        Steps = steps;
        SubjectCount = subjects;
        EventCount = steps.Sum(s => s.Events);
        Median = FirstDay(s => s.Survival);
        MedianLower = FirstDay(s => s.Lower);
        MedianUpper = FirstDay(s => s.Upper);
    }

    /// <summary>One step per day with events or censorings, in day order.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    /// <summary>Subjects in the estimate, with the event or censored (e.g. invoices).</summary>
    public int SubjectCount { get; }

    /// <summary>Subjects whose event was observed (e.g. invoices paid).</summary>
    public int EventCount { get; }

    /// <summary>The median time in days: the first day with S ≤ 0.5; null if S never gets there.</summary>
    public int? Median { get; }

    /// <summary>Lower 95% limit of <see cref="Median"/>, in days; null when the data do not bound it.</summary>
    public int? MedianLower { get; }

    /// <summary>Upper 95% limit of <see cref="Median"/>, in days; null when the data do not bound it.</summary>
    public int? MedianUpper { get; }

    /// <summary>The curve of the given subjects, each with its days and whether the event was observed then.</summary>
    public static KaplanMeierCurve Estimate(IEnumerable<SurvivalObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var subjects = observations.ToArray();
        return Estimate(subjects.Select(s => s.Days).ToArray(), subjects.Select(s => s.EventObserved).ToArray());
    }

    /// <summary>
    /// The curve of subjects given as their days (non-negative) and whether the event was observed then; sorts both arrays
    /// by day, in place. The channel report estimates curves of hundreds of thousands of subjects: sorting plain days and
    /// walking the runs of equal days costs far less than grouping subject objects.
    /// </summary>
    internal static KaplanMeierCurve Estimate(int[] days, bool[] eventObserved)
    {
        Array.Sort(days, eventObserved);
        var steps = new List<KaplanMeierStep>();
        var atRisk = days.Length;
        double survival = 1, greenwood = 0;
        for (var i = 0; i < days.Length;)
        {
            var day = days[i];
            int events = 0, subjects = 0;
            for (; i < days.Length && days[i] == day; i++)
            {
                subjects++;
                if (eventObserved[i]) events++;
            }
            var censored = subjects - events;
            if (events == atRisk)
                survival = 0;
            else if (events > 0)
            {
                survival *= 1 - (double)events / atRisk;
                greenwood += (double)events / ((double)atRisk * (atRisk - events));
            }
            steps.Add(Step(day, atRisk, events, censored, survival, greenwood));
            atRisk -= events + censored;
        }
        return new KaplanMeierCurve(steps.AsReadOnly(), days.Length);
    }

    /// <summary>S(day): the survival of the last step on or before <paramref name="day"/>, 1 before the first.
    /// Beyond the last observation the last value is returned, though the data say nothing there.</summary>
    public double SurvivalAt(int day)
    {
        var survival = 1.0;
        foreach (var step in Steps)
        {
            if (step.Day > day) break;
            survival = step.Survival;
        }
        return survival;
    }

    private static KaplanMeierStep Step(int day, int atRisk, int events, int censored, double survival, double greenwood)
    {
        if (survival == 0)
            return new KaplanMeierStep(day, atRisk, events, censored, 0, null, null, null);
        var variance = survival * survival * greenwood;
        if (survival == 1)
            return new KaplanMeierStep(day, atRisk, events, censored, 1, variance, null, null);
        var sigma = Math.Sqrt(greenwood) / Math.Abs(Math.Log(survival));
        return new KaplanMeierStep(day, atRisk, events, censored, survival, variance,
            Math.Pow(survival, Math.Exp(Z * sigma)), Math.Pow(survival, Math.Exp(-Z * sigma)));
    }

    private int? FirstDay(Func<KaplanMeierStep, double?> value) =>
        Steps.FirstOrDefault(s => value(s) <= 0.5 + Tolerance)?.Day;
}
