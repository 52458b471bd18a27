using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>What the collector does next for a customer.</summary>
public enum NextAction { IntroductionCall, Call, Email, CallAndEmail, ConfirmPromiseByEmail, UpdateContactDetails, Escalate }
