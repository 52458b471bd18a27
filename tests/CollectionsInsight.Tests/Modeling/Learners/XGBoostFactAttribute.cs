using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

/// <summary>A fact that needs the native XGBoost library; reported as skipped (not passed) where it is missing.</summary>
public sealed class XGBoostFactAttribute : FactAttribute
{
    public XGBoostFactAttribute()
    {
        if (!XGBoost.IsAvailable)
            Skip = "libxgboost.so.0 not installed (apt-get install libxgboost0)";
    }
}
