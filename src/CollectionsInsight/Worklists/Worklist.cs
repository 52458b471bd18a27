using CollectionsInsight.Domain;
using CollectionsInsight.IO;

namespace CollectionsInsight.Worklists;

/// <summary>
/// The collectors' worklist at an as-of date: one row per customer with open overdue invoices (or, with
/// <see cref="WorklistOptions.DueWithinDays"/>, invoices falling due soon), with the recommended channel,
/// the next action from the contact rules, the priority, and the day the capacity plan assigns it to.
/// </summary>
/// <remarks>
/// Priority is the overdue debt at stake per collector minute, weighted by its age: overdue amount × (1 +
/// oldest days overdue ÷ 30) ÷ minutes of the action, since older debt is both likelier to be lost and
/// costlier in DSO. A model's channel moves a row only through the minutes of its action: its expected gain is
/// over current practice, not over leaving the debt alone, so it cannot say whom to chase first. A challenger
/// row keeps the priority its champion row would have had.
/// Ties go to the older debt, then the customer id. The capacity plan walks the rows in rank order and
/// puts each on the first planned working day on or after its due-by date that still has its minutes free.
/// </remarks>
public sealed class Worklist
{
    /// <summary>The columns of worklist.csv, in order (docs/worklist-format.md describes each).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "rank", "customer_id", "customer_name", "contact_name", "phone", "email", "open_amount", "overdue_amount",
        "oldest_days_overdue", "open_invoice_ids", "recommended_channel", "channel_source", "next_action", "due_by",
        "reason", "flags", "priority", "minutes", "assigned_on", "promises_kept", "promises_judged",
    ];

    private Worklist(DateOnly asOf, WorklistOptions options, IReadOnlyList<WorklistRow> rows, IReadOnlyList<DateOnly> planDays)
    {
        AsOf = asOf;
        Options = options;
        Rows = rows;
        PlanDays = planDays;
    }

    /// <summary>The date the history was seen at: "today" for the contact rules; the capacity plan starts there.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The thresholds, minutes and capacity the list was built with.</summary>
    public WorklistOptions Options { get; }

    /// <summary>The rows in rank order (highest priority first).</summary>
    public IReadOnlyList<WorklistRow> Rows { get; }

    /// <summary>The working days the capacity plan filled.</summary>
    public IReadOnlyList<DateOnly> PlanDays { get; }

    /// <summary>Rows due within the plan that did not fit the collectors' capacity.</summary>
    public int BeyondCapacity => Rows.Count(r => r.AssignedOn is null && r.DueBy <= PlanDays[^1]);

    /// <summary>Rows not assigned because their action falls due after the last planned day.</summary>
    public int DueAfterPlan => Rows.Count(r => r.AssignedOn is null && r.DueBy > PlanDays[^1]);

    /// <summary>
    /// Builds the worklist. <paramref name="advice"/> is a channel model's advice by customer id: where a
    /// customer has confident advice, its channel replaces the rules' choice (channel_source = model);
    /// without it the rules alone choose (channel_source = rules). With <see cref="WorklistOptions.ChallengerShare"/>,
    /// customers drawn into the challenger share get a channel at random instead (channel_source = challenger).
    /// </summary>
    public static Worklist Build(CollectionHistory history, DateOnly asOf, WorklistOptions? options = null,
        IReadOnlyDictionary<string, ChannelAdvice>? advice = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new WorklistOptions();
        options.Validate();
        var rows = new List<WorklistRow>();
        foreach (var customer in history.Customers)
        {
            if (ContactFacts.Of(history, customer, asOf, options) is not { } facts) continue;
            var customerAdvice = advice?.GetValueOrDefault(customer.CustomerId);
            if (customerAdvice is not null && customerAdvice.Channel is not (ChannelMix.Phone or ChannelMix.Email or ChannelMix.Both))
                throw new ArgumentException($"advice for customer '{customer.CustomerId}' recommends '{customerAdvice.Channel.ToWord()}'; it must be phone, email or both");
            rows.Add(RowFor(facts, customerAdvice, options));
        }
        var ranked = rows
            .OrderByDescending(r => r.Priority).ThenByDescending(r => r.OldestDaysOverdue).ThenBy(r => r.CustomerId, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToArray();
        var planDays = WorkingDays(asOf, options.PlanDays);
        return new Worklist(asOf, options, Plan(ranked, planDays, options.Collectors * options.MinutesPerDay), planDays);
    }

    /// <summary>Writes worklist.csv (formula-safe text, invariant numbers, ISO dates), completely or not at all.</summary>
    public void WriteCsv(string path) => CsvOutput.Write(path, Columns, Rows.Select(CsvRow));

    /// <summary>One row's cells under <see cref="Columns"/> (the Excel report shows the same cells).</summary>
    public static IReadOnlyList<object?> CsvRow(WorklistRow r) =>
    [
        r.Rank, r.CustomerId, r.CustomerName, r.ContactName, r.Phone, r.Email, r.OpenAmount, r.OverdueAmount,
        r.OldestDaysOverdue, string.Join(';', r.OpenInvoiceIds), r.Channel.ToWord(), r.ChannelSource.ToWord(),
        r.NextAction.ToWord(), r.DueBy, r.Reason, r.Flags.ToWords(), r.Priority, r.Minutes, r.AssignedOn, r.PromisesKept, r.PromisesJudged,
    ];

    private static WorklistRow RowFor(ContactFacts facts, ChannelAdvice? advice, WorklistOptions options)
    {
        var champion = ContactRules.ChooseChannel(facts, advice);
        var championDecision = ContactRules.Decide(facts, champion, options);
        var choice = ContactRules.Challenge(facts, options) ?? champion;
        var decision = choice == champion ? championDecision : ContactRules.Decide(facts, choice, options);
        var minutes = options.MinutesFor(decision.Action);
        // A challenger keeps the champion's priority: the draw changes the channel, not whether the row gets worked.
        var priority = Priority(facts, options.MinutesFor(championDecision.Action));
        var reason = advice is { LowConfidence: true } && choice.Source == ChannelSource.Rules
            ? $"{decision.Reason}; the model's advice ({advice.Channel.ToWord()}) is low-confidence, so the rules chose the channel"
            : decision.Reason;
        // A rule that overrides every channel (an escalation, say) does not name the draw; the test's rows must.
        if (choice.Source == ChannelSource.Challenger && !reason.Contains(choice.Reason, StringComparison.Ordinal))
            reason += $" ({choice.Reason})";
        if (facts.Dispute is { } dispute)
            reason += $"; {(dispute.InvoiceId is { } id ? $"invoice {id}" : "the account")} disputed on {dispute.OccurredOn:yyyy-MM-dd}: resolve the dispute first";
        var customer = facts.Customer;
        return new WorklistRow(0, customer.CustomerId, customer.Name, customer.ContactName, customer.Phone, customer.Email,
            facts.OpenAmount, facts.OverdueAmount, facts.OldestDaysOverdue,
            facts.OpenInvoices.Select(i => i.Invoice.InvoiceId).ToArray(),
            decision.Channel, choice.Source, decision.Action, decision.DueBy, reason, FlagsOf(facts, advice),
            Math.Round(priority, 4), minutes, null, facts.PromisesKept, facts.PromisesJudged);
    }

    private static double Priority(ContactFacts facts, int minutes) =>
        (double)facts.OverdueAmount * (1 + facts.OldestDaysOverdue / 30.0) / minutes;

    private static WorklistFlags FlagsOf(ContactFacts facts, ChannelAdvice? advice)
    {
        var flags = WorklistFlags.None;
        if (facts.IsNew) flags |= WorklistFlags.NewCustomer;
        if (facts.Phone == ChannelState.Missing) flags |= WorklistFlags.MissingPhone;
        if (facts.Phone == ChannelState.Failing) flags |= WorklistFlags.WrongNumber;
        if (facts.Email == ChannelState.Missing) flags |= WorklistFlags.MissingEmail;
        if (facts.Email == ChannelState.Failing) flags |= WorklistFlags.BouncedEmail;
        if (facts.PendingPromise is not null) flags |= WorklistFlags.PromiseDue;
        if (facts.PromiseBroken) flags |= WorklistFlags.BrokenPromise;
        if (advice is { LowConfidence: true }) flags |= WorklistFlags.LowConfidence;
        if (facts.Dispute is not null) flags |= WorklistFlags.Disputed;
        return flags;
    }

    private static DateOnly[] WorkingDays(DateOnly from, int count)
    {
        var days = new List<DateOnly>(count);
        for (var day = from; days.Count < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(day);
        }
        return [.. days];
    }

    private static WorklistRow[] Plan(WorklistRow[] ranked, DateOnly[] days, int minutesPerDay)
    {
        var free = days.Select(_ => minutesPerDay).ToArray();
        return ranked.Select(row =>
        {
            for (var d = 0; d < days.Length; d++)
            {
                if (days[d] < row.DueBy || free[d] < row.Minutes) continue;
                free[d] -= row.Minutes;
                return row with { AssignedOn = days[d] };
            }
            return row;
        }).ToArray();
    }
}
