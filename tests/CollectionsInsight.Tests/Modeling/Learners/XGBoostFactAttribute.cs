using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

/// <summary>A fact that needs the native XGBoost library; reported as skipped (not passed) where it is missing.</summary>
public sealed class XGBoostFactAttribute : FactAttribute
{
    public XGBoostFactAttribute() => Skip = SkipUnlessInstalled;

    /// <summary>Null where XGBoost loads; otherwise the reason the test is skipped.</summary>
    internal static string? SkipUnlessInstalled => XGBoost.IsAvailable ? null : "libxgboost.so.0 not installed (apt-get install libxgboost0)";
}

/// <summary>A theory that needs the native XGBoost library; reported as skipped (not passed) where it is missing.</summary>
public sealed class XGBoostTheoryAttribute : TheoryAttribute
{
    public XGBoostTheoryAttribute() => Skip = XGBoostFactAttribute.SkipUnlessInstalled;
}
