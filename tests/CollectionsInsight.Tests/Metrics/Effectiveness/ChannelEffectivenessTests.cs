using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Metrics;

public class ChannelEffectivenessTests
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    [Fact]
    public void Compute_CalendarFixture_DsoFamilyMatchesHandComputation()
    {
        // March 2025, period Jan–Mar (31 + 28 + 31 = 90 days), sales 31,000 + 28,000 + 31,000 = 90,000.
        // AR at 31 March: I3 31,000 (not yet due) + the unpaid half of I2, 14,000 = 45,000.
        // DSO = 45,000 / 90,000 × 90 = 45. Best possible = 31,000 / 90,000 × 90 = 31. ADD = 14.
        // Countback: March's 31,000 of sales uses 31 days, then 14,000 / 28,000 of February's 28 days = 14: 45 days.
        using var folder = TempFolder.CopyOf("Metrics/Fixtures/countback");
        var history = CollectionHistory.Load(folder.Path, new LoadOptions { AsOf = new DateOnly(2025, 4, 30) });

        var result = ChannelEffectiveness.Compute(history, new DateOnly(2025, 3, 31));

        var march = result.Dso.Single(d => d.ChannelMix == "all" && d.Month == new DateOnly(2025, 3, 1));
        Assert.Equal((45_000m, 31_000m, 0m, 90_000m, 90), (march.ArEnd, march.CurrentArEnd, march.ArStart, march.Dso.Sales, march.Dso.PeriodDays));
        Assert.Equal(45.0, march.Dso.Days!.Value, 3);
        Assert.Equal(31.0, march.BestPossible.Days!.Value, 3);
        Assert.Equal(14.0, march.AverageDaysDelinquent.Days!.Value, 3);
        Assert.Equal(45.0, march.Countback.Days, 3);
        // January alone: AR 31,000 on 31,000 of sales over 31 days.
        var january = result.Dso.Single(d => d.ChannelMix == "all" && d.Month == Jan1);
        Assert.Equal(31.0, january.Dso.Days!.Value, 3);
        Assert.Equal(3, result.Dso.Count(d => d.ChannelMix == "all"));
        // Every period starts with the history here: no AR before it is known, so no CEI.
        Assert.All(result.Dso, d => Assert.Equal((null, "the history starts inside the period, so the AR at its start is not known"), (d.Cei.Percent, d.Cei.UndefinedReason)));
    }

    [Fact]
    public void Compute_InvoicesInTwoCurrencies_FirstCaveatSaysTheyAreAddedUnconverted()
    {
        var customer = new Customer("C1");
        Invoice Issued(string id, string currency) => new(id, "C1", Jan1, Jan1.AddDays(30), 100m, currency);
        var history = CollectionHistory.FromRecords([customer], [Issued("I1", "EUR"), Issued("I2", "EUR"), Issued("I3", "usd")], [], []);
        var single = CollectionHistory.FromRecords([customer], [Issued("I1", "EUR")], [], []);

        var caveats = ChannelEffectiveness.Compute(history, Jan1.AddDays(60)).Caveats;

        Assert.Equal("The invoices are in 2 currencies (EUR: 2, usd: 1), and amounts are not converted: AR, sales, the DSO family "
            + "and the amount-weighted figures add them as they are. Analyse one currency at a time (analyze --by currency gives each currency "
            + "its own tables and DSO), or convert the amounts before loading.", caveats[0]);
        Assert.DoesNotContain(ChannelEffectiveness.Compute(single, Jan1.AddDays(60)).Caveats, c => c.Contains("currencies"));
    }

    /// <summary>
    /// A book to age on <paramref name="asOf"/>, one invoice per case; the comments give each one's bucket then, and
    /// its dates for the tests' as-of date of 30 June 2025.
    /// </summary>
    private static (Invoice[] Invoices, Payment[] Payments) AgingBook(DateOnly asOf)
    {
        Invoice Due(string id, int daysPastDue, decimal amount) => new(id, "C1", asOf.AddDays(-daysPastDue - 30), asOf.AddDays(-daysPastDue), amount);
        Invoice[] invoices =
        [
            Due("I1", -5, 100m),   // not yet due; issued 5 June
            Due("I2", 0, 200m),    // due today: current
            Due("I3", 1, 300m),    // 1-30 (due 29 June)
            Due("I4", 30, 400m),   // 1-30, half paid on 27 June: 200 open; due 31 May, current on that day
            Due("I5", 31, 500m),   // 31-60 (due 30 May)
            Due("I6", 95, 600m),   // 91-120 (due 27 March)
            Due("I7", 121, 700m),  // over 120 (due 1 March)
            Due("I8", 45, 800m),   // paid in full on 10 June: not open (due 16 May)
            Due("I9", 70, 900m),   // paid after the as-of date: open on it, 61-90 (due 21 April)
            new("C9", "C1", asOf.AddDays(-40), asOf.AddDays(-10), -50m), // a credit note: not netted
        ];
        Payment[] payments =
        [
            new("P4", "C1", "I4", asOf.AddDays(-3), 200m), new("P8", "C1", "I8", asOf.AddDays(-20), 800m), new("P9", "C1", "I9", asOf.AddDays(5), 900m),
        ];
        return (invoices, payments);
    }

    [Fact]
    public void Compute_Aging_OpenAmountsOnTheAsOfDateByDaysPastDue()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var (invoices, payments) = AgingBook(asOf);
        var history = CollectionHistory.FromRecords([new Customer("C1")], invoices, payments, []);
        ContactAttempt Dispute(string id, string? invoice, int daysBeforeAsOf) =>
            new(id, "C1", invoice, new DateTimeOffset(asOf.AddDays(-daysBeforeAsOf), new TimeOnly(9, 0), TimeSpan.Zero), Channel.Email,
                Direction.Inbound, Outcome.Dispute);
        ContactAttempt[] disputes =
        [
            Dispute("D4", "I4", 10),  // the half of I4 still open is in dispute
            Dispute("D7", "I7", 200), // disputed long ago, still open
            Dispute("D8", "I8", 30),  // paid since: no longer open
            Dispute("D5", "I5", -1),  // after the as-of date
            Dispute("DA", null, 5),   // the whole account: no invoice's
        ];
        var disputed = CollectionHistory.FromRecords([new Customer("C1")], invoices, payments, disputes);

        var aging = ChannelEffectiveness.Compute(history, asOf).Aging.Where(a => a.Group == "all" && a.ChannelMix == "all").ToArray();
        var withDisputes = ChannelEffectiveness.Compute(disputed, asOf).Aging.Where(a => a.Group == "all" && a.ChannelMix == "all").ToArray();

        Assert.Equal(
            [("current", 2, 300m), ("1-30", 2, 500m), ("31-60", 1, 500m), ("61-90", 1, 900m), ("91-120", 1, 600m), ("over 120", 1, 700m)],
            aging.Select(a => (a.Bucket, a.Invoices, a.Amount)));
        Assert.Equal(900.0 / 3500.0, aging.Single(a => a.Bucket == "61-90").Share!.Value, 12);
        Assert.All(aging, a => Assert.Equal(0m, a.DisputedAmount));
        Assert.Equal([0m, 200m, 0m, 0m, 0m, 700m], withDisputes.Select(a => a.DisputedAmount));
        Assert.Equal(aging.Select(a => a.Amount), withDisputes.Select(a => a.Amount));
        // No contact attempts: every invoice's lifetime mix is none, which holds the same aging.
        Assert.Equal(aging.Select(a => a with { ChannelMix = "none" }),
            ChannelEffectiveness.Compute(history, asOf).Aging.Where(a => a.ChannelMix == "none"));
    }

    [Fact]
    public void Compute_AgedArByMonth_EachMonthEndAgedAsOnThatDay()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var (invoices, payments) = AgingBook(asOf);
        var history = CollectionHistory.FromRecords([new Customer("C1")], invoices, payments, []);

        var result = ChannelEffectiveness.Compute(history, asOf);

        var book = result.Dso.Where(d => d.Group == "all" && d.ChannelMix == "all").ToDictionary(d => d.Month);
        // 31 May: I2, I3 not yet due and I4 due that day (current); I5 1 day and I8 15 days past due; I9 40; I6 65; I7 91.
        Assert.Equal([900m, 1_300m, 900m, 600m, 700m, 0m], book[new DateOnly(2025, 5, 1)].ArEndByAge);
        Assert.Equal(700m, book[new DateOnly(2025, 5, 1)].ArEndOver90);
        // 30 June, the as-of date: the aging itself.
        var june = book[new DateOnly(2025, 6, 1)];
        Assert.Equal(result.Aging.Where(a => a.Group == "all" && a.ChannelMix == "all").Select(a => a.Amount), june.ArEndByAge);
        Assert.Equal(1_300m, june.ArEndOver90);
        Assert.All(result.Dso, d => Assert.Equal((d.ArEnd, d.CurrentArEnd), (d.ArEndByAge.Sum(), d.ArEndByAge[0])));
        var row = EffectivenessFiles.DsoRow(june);
        Assert.Equal(
            [("ar_end_1_30", 500m), ("ar_end_31_60", 500m), ("ar_end_61_90", 900m), ("ar_end_91_120", 600m), ("ar_end_over_120", 700m)],
            EffectivenessFiles.DsoColumns.Select((c, i) => (c, row[i])).Where(c => c.c.StartsWith("ar_end_", StringComparison.Ordinal)).Select(c => (c.c, (decimal)c.Item2!)));
    }

    [Fact]
    public void Compute_Promises_JudgedByThePaymentsBetweenThePromiseAndItsDatePlusGrace()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var jun1 = new DateOnly(2025, 6, 1);
        Invoice Issued(string id, decimal amount) => new(id, "C1", jun1.AddDays(-60), jun1.AddDays(-30), amount);
        ContactAttempt Promise(string id, string invoice, Channel channel, int madeOnDay, int dueOnDay, decimal? amount = null) =>
            new(id, "C1", invoice, new DateTimeOffset(jun1.AddDays(madeOnDay - 1), new TimeOnly(10, 0), TimeSpan.Zero), channel,
                outcome: Outcome.PromiseToPay, promisedOn: jun1.AddDays(dueOnDay - 1), promisedAmount: amount);
        Invoice[] invoices =
        [
            Issued("I1", 1000m), Issued("I2", 1000m), Issued("I3", 1000m), Issued("I4", 1000m), Issued("I5", 1000m), Issued("I6", 500m),
            new("I7", "C1", jun1.AddDays(9), jun1.AddDays(39), 800m), // issued on 10 June
        ];
        Payment[] payments =
        [
            new("P1", "C1", "I1", jun1.AddDays(12), 1000m),  // 13 June: two days after the promised 11 June, within the grace
            new("P2", "C1", "I2", jun1.AddDays(9), 400m),    // 10 June: 400 of the 1,000 promised
            new("P3", "C1", "I3", jun1.AddDays(14), 1000m),  // 15 June: four days late, beyond the grace
            new("P4", "C1", "I4", jun1.AddDays(1), 1000m),   // 2 June: before the promise of 5 June, which then had nothing open
            new("P6", "C1", "I6", jun1.AddDays(4), 300m),    // 5 June: 300 of the invoice's 500 open, all of the 300 promised
            new("P7", "C1", "I7", jun1.AddDays(14), 800m),   // 15 June
        ];
        ContactAttempt[] attempts =
        [
            Promise("A1", "I1", Channel.Phone, 5, 11),
            Promise("A2", "I2", Channel.Phone, 5, 10),
            Promise("A3", "I3", Channel.Email, 5, 11),
            Promise("A4", "I4", Channel.Email, 5, 11),
            Promise("A5", "I5", Channel.Email, 20, 29),          // 29 June + 3 days is after the as-of date: pending
            Promise("A6", "I6", Channel.Email, 3, 6, 300m),
            Promise("A7", "I6", Channel.Email, 25, 26, 5000m),  // only the 200 still open can be promised; nothing came
            new("A8", "C1", null, new DateTimeOffset(jun1, TimeOnly.MinValue, TimeSpan.Zero), Channel.Phone, outcome: Outcome.PromiseToPay,
                promisedOn: jun1.AddDays(3)), // the whole balance: not one invoice's promise
            Promise("A9", "I5", Channel.Phone, 31, 31),         // made after the as-of date
            Promise("A11", "I7", Channel.Email, 10, 15),        // made the day the invoice was issued, and kept
            new("A10", "C1", "I5", new DateTimeOffset(jun1, TimeOnly.MinValue, TimeSpan.Zero), Channel.Phone, outcome: Outcome.PromiseToPay,
                promisedOn: DateOnly.MaxValue), // the calendar's last day: pending, with no day after it
        ];
        var history = CollectionHistory.FromRecords([new Customer("C1")], invoices, payments, attempts);

        var promises = ChannelEffectiveness.Compute(history, asOf).Promises;

        Assert.Equal(
            [
                new PromiseKeeping("all", "all", 8, 2, 3, 1, 2, 4300m, 2500m),
                new PromiseKeeping("all", "phone", 3, 1, 1, 1, 0, 2000m, 1400m),
                new PromiseKeeping("all", "email", 5, 1, 2, 0, 2, 2300m, 1100m),
                new PromiseKeeping("all", "sms", 0, 0, 0, 0, 0, 0m, 0m),
                new PromiseKeeping("all", "letter", 0, 0, 0, 0, 0, 0m, 0m),
            ],
            promises);
        Assert.Equal(3.0 / 6, promises[0].KeptShare!.Value, 12);
        Assert.Null(promises[^1].KeptShare);
    }

    [Fact]
    public void Compute_AgingOnAMonthEnd_AddsUpToThatMonthsArAndItsCurrentAr()
    {
        var history = DataGenerator.Generate(new GeneratorOptions { Customers = 150, Months = 8, Seed = 4 }).ToHistory();
        var monthEnd = new DateOnly(2024, 7, 31);

        var result = ChannelEffectiveness.Compute(history, monthEnd);

        foreach (var mix in new[] { "all", "none", "phone", "email", "both" })
        {
            var july = result.Dso.Single(d => d.Group == "all" && d.ChannelMix == mix && d.Month == new DateOnly(2024, 7, 1));
            var aging = result.Aging.Where(a => a.Group == "all" && a.ChannelMix == mix).ToArray();
            Assert.True(july.ArEnd > 0, mix);
            Assert.Equal(july.ArEnd, aging.Sum(a => a.Amount));
            Assert.Equal(july.CurrentArEnd, aging.Single(a => a.Bucket == "current").Amount);
        }
    }

    [Fact]
    public void Compute_PromisesBySegment_AddUpToTheBooksChannelByChannel()
    {
        var history = DataGenerator.Generate(new GeneratorOptions { Customers = 150, Months = 8, Seed = 4 }).ToHistory();

        var promises = ChannelEffectiveness.Compute(history, null, new ChannelEffectivenessOptions { GroupBy = GroupAttribute.Segment }).Promises;

        var book = promises.Where(p => p.Group == "all").ToArray();
        Assert.True(book[0].Kept > 0 && book[0].Broken > 0, "the generated history keeps some promises and breaks others");
        foreach (var row in book)
        {
            var segments = promises.Where(p => p.Group != "all" && p.Channel == row.Channel).ToArray();
            Assert.Equal((row.Promises, row.Kept, row.PromisedAmount), (segments.Sum(p => p.Promises), segments.Sum(p => p.Kept), segments.Sum(p => p.PromisedAmount)));
            Assert.Equal(row.Promises, row.Pending + row.Kept + row.PartlyKept + row.Broken);
            Assert.InRange(row.CollectedAmount, 0m, row.PromisedAmount);
        }
        Assert.Equal(book[0].Promises, book.Skip(1).Sum(p => p.Promises));
    }

    [Fact]
    public void Compute_GroupByCurrency_EachCurrencysDsoIsThatOfItsInvoicesAlone()
    {
        var customers = new[] { new Customer("C1"), new Customer("C2") };
        Invoice[] euro = [new("I1", "C1", Jan1, Jan1.AddDays(30), 1000m, "EUR"), new("I2", "C2", Jan1.AddDays(40), Jan1.AddDays(70), 3000m, "EUR")];
        // Dollars in another case and ten times the amounts: added to the euros, they would swamp them.
        Invoice[] dollars = [new("I3", "C1", Jan1.AddDays(5), Jan1.AddDays(35), 20000m, "usd"), new("I4", "C2", Jan1.AddDays(20), Jan1.AddDays(50), 50000m, "USD")];
        Payment[] payments = [new("P1", "C1", "I1", Jan1.AddDays(25), 1000m), new("P3", "C1", "I3", Jan1.AddDays(80), 20000m)];
        var asOf = Jan1.AddDays(100);
        var byCurrency = ChannelEffectiveness.Compute(CollectionHistory.FromRecords(customers, [.. euro, .. dollars], payments, []), asOf,
            new ChannelEffectivenessOptions { GroupBy = GroupAttribute.Currency }).Dso;

        foreach (var (currency, invoices) in new[] { ("EUR", euro), ("USD", dollars) })
        {
            var alone = ChannelEffectiveness.Compute(CollectionHistory.FromRecords(customers, invoices, payments.Where(p => invoices.Any(i => i.InvoiceId == p.InvoiceId)), []), asOf).Dso;
            var expected = alone.Where(d => d.ChannelMix == "all").Select(d => (d.Month, d.Sales, d.ArEnd, d.Dso.Days)).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, byCurrency.Where(d => d.Group == currency && d.ChannelMix == "all").Select(d => (d.Month, d.Sales, d.ArEnd, d.Dso.Days)));
        }
        Assert.Equal(["EUR", "USD", "all"], byCurrency.Select(d => d.Group).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_EveryInvoicePaidByTheAsOfDate_CaveatSaysOpenInvoicesMayBeMissing()
    {
        var customer = new Customer("C1");
        Invoice[] invoices = [new("I1", "C1", Jan1, Jan1.AddDays(30), 100m), new("I2", "C1", Jan1.AddDays(10), Jan1.AddDays(40), 100m)];
        Payment[] payments = [new("P1", "C1", "I1", Jan1.AddDays(20), 100m), new("P2", "C1", "I2", Jan1.AddDays(50), 100m)];
        var history = CollectionHistory.FromRecords([customer], invoices, payments, []);

        var settled = ChannelEffectiveness.Compute(history, Jan1.AddDays(60)).Caveats;
        var oneOpen = ChannelEffectiveness.Compute(history, Jan1.AddDays(49)).Caveats;

        Assert.Equal("Every invoice was paid by 2025-03-02. If the export holds only settled invoices, the invoices still open when it was taken "
            + "are missing, and the latest months' AR, DSO, ADD and CEI are too low.", settled[0]);
        Assert.DoesNotContain(oneOpen, c => c.StartsWith("Every invoice was paid"));
    }

    [Fact]
    public void Compute_PhonedLargeAndLateEmailedSmallAndPunctual_CaveatNamesTheDifferenceInThisHistory()
    {
        // 20 customers phoned about a 10,000 invoice after an earlier invoice paid late, 20 emailed about a 500 one after
        // an earlier invoice paid on time. The invoice contacted about is itself overdue: it must not count as an
        // earlier one (the emailed customers would then show 50% late).
        var history = HistoryOfPhonedAndEmailed(phoned: 20, emailed: 20);

        var caveat = Assert.Single(ChannelEffectiveness.Compute(history, new DateOnly(2025, 4, 30)).Caveats, c => c.StartsWith("Channel choice", StringComparison.Ordinal));

        Assert.Equal("Channel choice is confounded: collectors choose the channel by customer and case, so even the episode view "
            + "compares different customers. In this history, invoices whose first 7 days of collection were by phone had a median amount "
            + "of 10,000 and by email 500, and their customers had paid 100% and 0% of their invoices due before the first contact late. "
            + "The channel model (train) adjusts for what the data records.", caveat);
    }

    [Fact]
    public void Compute_TooFewEpisodesOfAMix_CaveatNamesConfoundingWithoutFigures()
    {
        var history = HistoryOfPhonedAndEmailed(phoned: 20, emailed: 19);

        var caveat = Assert.Single(ChannelEffectiveness.Compute(history, new DateOnly(2025, 4, 30)).Caveats, c => c.StartsWith("Channel choice", StringComparison.Ordinal));

        Assert.StartsWith("Channel choice is likely confounded: collectors choose the channel by customer and case (by the amount owed,", caveat);
        Assert.DoesNotContain("In this history", caveat);
    }

    [Fact]
    public void Compute_OnlyPhoneUsed_CaveatSaysChannelsCannotBeComparedAndGivesNoEmailExample()
    {
        var history = HistoryOfPhonedAndEmailed(phoned: 5, emailed: 0);

        var caveats = ChannelEffectiveness.Compute(history, new DateOnly(2025, 4, 30)).Caveats;

        Assert.Contains("Every invoice in this history whose first 7 days of collection used phone or email was chased by phone, so channels "
            + "cannot be compared from it; where collectors choose the channel by customer and case, even the episode view would compare different customers.", caveats);
        Assert.DoesNotContain(caveats, c => c.Contains("email", StringComparison.Ordinal) && c.Contains("reliable payers", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_NoContacts_CaveatSaysChannelsAreNotCompared()
    {
        var history = CollectionHistory.FromRecords([new Customer("C1")], [new Invoice("I1", "C1", Jan1, Jan1.AddDays(30), 100m)], [], []);

        var caveats = ChannelEffectiveness.Compute(history, Jan1.AddDays(60)).Caveats;

        Assert.Contains("No invoice was chased by phone or email in this history (no outbound call or email about an invoice), so channels are not compared.", caveats);
        Assert.DoesNotContain(caveats, c => c.StartsWith("Channel choice", StringComparison.Ordinal));
    }

    private static CollectionHistory HistoryOfPhonedAndEmailed(int phoned, int emailed)
    {
        var customers = new List<Customer>();
        var invoices = new List<Invoice>();
        var payments = new List<Payment>();
        var attempts = new List<ContactAttempt>();
        void Add(string id, decimal amount, int paidDaysAfterDue, Channel channel)
        {
            customers.Add(new Customer(id));
            invoices.Add(new Invoice($"{id}-A", id, Jan1, Jan1.AddDays(30), 100m));
            payments.Add(new Payment($"{id}-PA", id, $"{id}-A", Jan1.AddDays(30 + paidDaysAfterDue), 100m));
            invoices.Add(new Invoice($"{id}-B", id, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 3), amount));
            attempts.Add(new ContactAttempt($"{id}-X", id, $"{id}-B", new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.Zero), channel));
        }
        for (var i = 0; i < phoned; i++) Add($"P{i:00}", 10_000m, paidDaysAfterDue: 20, Channel.Phone);
        for (var i = 0; i < emailed; i++) Add($"E{i:00}", 500m, paidDaysAfterDue: -5, Channel.Email);
        return CollectionHistory.FromRecords(customers, invoices, payments, attempts);
    }

    [Fact]
    public void Compute_CalendarFixture_DsoByMixSplitsTheBook()
    {
        using var folder = TempFolder.CopyOf("Metrics/Fixtures/countback");
        var history = CollectionHistory.Load(folder.Path, new LoadOptions { AsOf = new DateOnly(2025, 4, 30) });

        var march = ChannelEffectiveness.Compute(history, new DateOnly(2025, 3, 31)).Dso.Where(d => d.Month == new DateOnly(2025, 3, 1)).ToArray();

        // I2 was phoned; I1 and I3 were not.
        Assert.Equal(14_000m, march.Single(d => d.ChannelMix == "phone").ArEnd);
        Assert.Equal(31_000m, march.Single(d => d.ChannelMix == "none").ArEnd);
        Assert.Equal(march.Single(d => d.ChannelMix == "all").ArEnd, march.Where(d => d.ChannelMix != "all").Sum(d => d.ArEnd));
    }

    [Fact]
    public void Compute_PaymentsOfEveryKind_SettleAsDefined()
    {
        var customers = new[] { new Customer("C1") };
        var invoices = new[]
        {
            new Invoice("Partial", "C1", Jan1, Jan1.AddDays(30), 100m),
            new Invoice("Over", "C1", Jan1, Jan1.AddDays(30), 100m),
            new Invoice("Open", "C1", Jan1, Jan1.AddDays(30), 100m),
            new Invoice("Credit", "C1", Jan1.AddDays(5), Jan1.AddDays(5), -40m),
        };
        var payments = new[]
        {
            new Payment("P1", "C1", "Partial", Jan1.AddDays(10), 30m),
            new Payment("P2", "C1", "Partial", Jan1.AddDays(40), 70m),
            new Payment("P3", "C1", "Over", Jan1.AddDays(20), 150m),
            new Payment("P4", "C1", null, Jan1.AddDays(25), 100m),
        };
        var history = CollectionHistory.FromRecords(customers, invoices, payments, []);

        var none = ChannelEffectiveness.Compute(history, Jan1.AddDays(60)).Headline().Single(m => m.Mix == ChannelMix.None);

        // The credit note is not an invoice to collect; the open invoice stays in the count, unpaid (unapplied cash settles nothing).
        Assert.Equal((3, 2), (none.Invoices, none.PaidInvoices));
        Assert.Equal(30.0, none.DaysToPay!.Mean, 6); // (40 + 20) / 2
        Assert.Equal(0.5, none.SharePaidLate!.Value, 6); // Partial settled 10 days after its due date
    }

    [Fact]
    public void Compute_WeightedDaysToPay_IsAmountWeighted()
    {
        // 100 paid in 10 days and 1,000 in 20 days: weighted 19.09, simple mean 15.
        var history = CollectionHistory.FromRecords([new Customer("C1")],
            [new Invoice("I1", "C1", Jan1, Jan1.AddDays(30), 100m), new Invoice("I2", "C1", Jan1, Jan1.AddDays(30), 1000m)],
            [new Payment("P1", "C1", "I1", Jan1.AddDays(10), 100m), new Payment("P2", "C1", "I2", Jan1.AddDays(20), 1000m)], []);

        var none = ChannelEffectiveness.Compute(history, Jan1.AddDays(60)).Headline().Single(m => m.Mix == ChannelMix.None);

        Assert.Equal(15.0, none.DaysToPay!.Mean, 6);
        Assert.Equal(19.09, none.DaysToPay.WeightedMean!.Value, 2);
    }

    [Fact]
    public void Compute_GroupBySegment_AddsGroupsThatPartitionTheBook()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 120, Months = 6, Seed = 2 });

        var result = ChannelEffectiveness.Compute(data.ToHistory(), options: new ChannelEffectivenessOptions { GroupBy = GroupAttribute.Segment });

        var episodeAll = result.Mixes.Where(m => m.View == MixView.Episode && m.Group == "all").Sum(m => m.Invoices);
        var episodeGroups = result.Mixes.Where(m => m.View == MixView.Episode && m.Group != "all").Sum(m => m.Invoices);
        Assert.Equal(episodeAll, episodeGroups);
        Assert.Contains(result.Mixes, m => m.Group == "SMB");
    }

    [Fact]
    public void Compute_SameInputAndSeed_SameNumbers()
    {
        var history = DataGenerator.Generate(new GeneratorOptions { Customers = 60, Months = 6 }).ToHistory();

        var first = ChannelEffectiveness.Compute(history);
        var second = ChannelEffectiveness.Compute(history);

        Assert.Equal(first.Mixes, second.Mixes);
    }

    /// <summary>
    /// The trap, on the null scenario with channels chosen at random: no channel changes anything, yet the
    /// lifetime view shows "both" slower (slow payers collect follow-ups on both channels). The episode view,
    /// which fixes the channel in the first week and measures from the episode start, shows no difference
    /// beyond its intervals.
    /// </summary>
    [Fact]
    public void Compute_NullScenario_LifetimeViewShowsBothSlowerEpisodeViewShowsNoDifference()
    {
        var data = DataGenerator.Generate(new GeneratorOptions { Customers = 2000, Months = 12, Seed = 17, EffectStrength = 0, Confounding = 0 });

        var result = ChannelEffectiveness.Compute(data.ToHistory(), options: new ChannelEffectivenessOptions { Bootstrap = new BootstrapOptions { Resamples = 200 } });

        MixSummary Get(MixView view, ChannelMix mix) => result.Headline(view).Single(m => m.Mix == mix);
        var lifetimeBoth = Get(MixView.Lifetime, ChannelMix.Both);
        foreach (var single in new[] { ChannelMix.Phone, ChannelMix.Email })
        {
            var lifetime = Get(MixView.Lifetime, single);
            Assert.True(lifetimeBoth.PaidWithinHorizon < lifetime.PaidWithinHorizon - 0.2,
                $"lifetime: both {lifetimeBoth.PaidWithinHorizon:P0} vs {single} {lifetime.PaidWithinHorizon:P0}");
            Assert.True(lifetimeBoth.KmMedianLower > lifetime.KmMedianUpper);
        }

        var episode = new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both }.Select(m => Get(MixView.Episode, m)).ToArray();
        foreach (var a in episode)
        {
            foreach (var b in episode)
            {
                var standardError = Math.Sqrt(Variance(a) / a.HorizonKnown + Variance(b) / b.HorizonKnown);
                Assert.True(Math.Abs(a.PaidWithinHorizon!.Value - b.PaidWithinHorizon!.Value) < 3 * standardError,
                    $"episode: {a.Mix} {a.PaidWithinHorizon:P1} vs {b.Mix} {b.PaidWithinHorizon:P1}");
                Assert.True(a.KmMedianLower <= b.KmMedianUpper && b.KmMedianLower <= a.KmMedianUpper, $"episode KM medians: {a.Mix} vs {b.Mix}");
            }
        }

        static double Variance(MixSummary m) => m.PaidWithinHorizon!.Value * (1 - m.PaidWithinHorizon.Value);
    }
}
