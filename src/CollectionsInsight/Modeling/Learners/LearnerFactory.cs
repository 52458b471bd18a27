namespace CollectionsInsight.Modeling.Learners;

/// <summary>Creates XGBoost learners where the native library is installed, else the managed linear baseline.</summary>
internal sealed class LearnerFactory
{
    public const string FallbackNotice =
        "XGBoost (libxgboost.so.0) is not installed; using the managed logistic/linear baseline instead.";

    private readonly LearnerOptions options;
    private readonly Action<string>? notice;
    private readonly bool useXGBoost;
    private int noticed;

    /// <param name="notice">Told <see cref="FallbackNotice"/> once, the first time the baseline is chosen.</param>
    public LearnerFactory(LearnerOptions options, Action<string>? notice = null)
        : this(options, notice, XGBoost.IsAvailable)
    {
    }

    internal LearnerFactory(LearnerOptions options, Action<string>? notice, bool useXGBoost)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.notice = notice;
        this.useXGBoost = useXGBoost;
    }

    public ILearner Create(Objective objective)
    {
        if (useXGBoost)
            return new XGBoostLearner(objective, options);
        if (Interlocked.Exchange(ref noticed, 1) == 0)
            notice?.Invoke(FallbackNotice);
        return new LinearLearner(objective, options);
    }
}
