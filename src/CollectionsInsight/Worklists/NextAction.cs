namespace CollectionsInsight.Worklists;

/// <summary>What the collector does next for a customer.</summary>
public enum NextAction
{
    /// <summary>Call a new customer to introduce ourselves and note their preferred channel.</summary>
    IntroductionCall,

    /// <summary>Phone the customer.</summary>
    Call,

    /// <summary>Email the customer.</summary>
    Email,

    /// <summary>Phone and email the customer, e.g. to follow up when there was no response.</summary>
    CallAndEmail,

    /// <summary>Confirm by email the promise to pay the customer made on a call.</summary>
    ConfirmPromiseByEmail,

    /// <summary>Find working contact details: the chosen channel is missing or failing (the row's channel is used meanwhile).</summary>
    UpdateContactDetails,

    /// <summary>
    /// Escalate: no working channel, or the oldest invoice is <see cref="WorklistOptions.EscalateAfterDays"/> or more days overdue.
    /// </summary>
    Escalate,
}
