namespace CollectionsInsight.Modeling.Learners;

/// <summary>A failed XGBoost call; the message is XGBoost's own error text.</summary>
internal sealed class XGBoostException(string message) : Exception(message);
