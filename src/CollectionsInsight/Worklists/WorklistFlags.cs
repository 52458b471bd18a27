using CollectionsInsight.Domain;

namespace CollectionsInsight.Worklists;

/// <summary>What a collector should know about a customer before contacting them.</summary>
[Flags]
public enum WorklistFlags
{
    None = 0,
    NewCustomer = 1,
    MissingPhone = 2,
    MissingEmail = 4,
    BouncedEmail = 8,
    WrongNumber = 16,
    PromiseDue = 32,
    BrokenPromise = 64,
    LowConfidence = 128,
}
