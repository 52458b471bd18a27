namespace CollectionsInsight.Synthetic;

/// <summary>
/// A generated world: what drives the customers' true response to phone, email and both. In every world the
/// collectors choose the same confounded way (phone for large and visibly late accounts, email for reliable payers,
/// a share at random), and every effect modifier is something the data shows (segment, tenure, answered calls and
/// replies, lateness, invoice size and volume, bounces and wrong numbers, time-zone distance), with each customer's
/// own noise on top. docs/worlds.md describes them and what the oracle gains in each.
/// </summary>
public enum GeneratorWorld
{
    /// <summary>
    /// The world the practice articles describe, and the generator's default: responsiveness to phone and email
    /// half typical of the segment, half the customer's own; a call plus an email at once presses some customers to
    /// pay and puts others off (<see cref="Pressure"/>); new customers answer an introduction call (<see cref="Intro"/>).
    /// </summary>
    Default,

    /// <summary>
    /// The first generator's world, byte for byte (same seed and knobs, same files): each customer's responsiveness
    /// is its own, seen only through its answered calls and replies, on the first generator's book (longer terms,
    /// exponential times to pay).
    /// </summary>
    Individual,

    /// <summary>The segment explains most (80%) of a customer's responsiveness to phone and to email.</summary>
    Segment,

    /// <summary>
    /// Phone and email at once help owner-run SMBs and chronically late payers and put off large payables desks
    /// (enterprise and public accounts, large invoices, many invoices a month).
    /// </summary>
    Pressure,

    /// <summary>
    /// New customers (onboarded less than 90 days before the effort) answer a first call far more than an email;
    /// established customers are mostly indifferent or prefer email.
    /// </summary>
    Intro,

    /// <summary>
    /// Phone numbers turn wrong and email addresses start bouncing month by month and are never repaired; a stale
    /// detail makes its channel useless, and shows as wrong_number and bounced outcomes.
    /// </summary>
    Decay,

    /// <summary>No channel changes the chance of payment.</summary>
    Null,
}
