using CollectionsInsight.Domain;

namespace CollectionsInsight.Synthetic;

/// <summary>Simulates one customer: traits, invoices, payments, collection episodes and their contacts.</summary>
internal sealed class CustomerSimulation
{
    private static readonly string[] NamePrefixes = ["Acme", "Nordic", "Blue River", "Vertex", "Harbor", "Summit", "Oak", "Meridian", "Atlas", "Polar", "Crescent", "Granite"];
    private static readonly string[] NameSuffixes = ["Logistics", "Foods", "Engineering", "Retail", "Health", "Systems", "Textiles", "Energy", "Media", "Construction"];
    private static readonly string[] LegalForms = ["BV", "GmbH", "Ltd", "Inc", "SAS", "AB"];
    private static readonly string[] FirstNames = ["Anna", "Ben", "Chloe", "Daan", "Eva", "Finn", "Grace", "Hugo", "Iris", "Jonas", "Kim", "Lena"];
    private static readonly string[] LastNames = ["de Vries", "Schmidt", "Smith", "Jansen", "Martin", "Berg", "Novak", "Rossi", "Bakker", "Meyer"];

    // Country, IANA time zone, hours from the collection team (Europe/Amsterdam), phone prefix.
    private static readonly (string Country, string Zone, int Hours, string Prefix)[] Places =
    [
        ("NL", "Europe/Amsterdam", 0, "+31 20"), ("DE", "Europe/Berlin", 0, "+49 30"), ("GB", "Europe/London", 1, "+44 20"),
        ("FR", "Europe/Paris", 0, "+33 1"), ("SE", "Europe/Stockholm", 0, "+46 8"), ("US", "America/New_York", 6, "+1 212"),
        ("US", "America/Los_Angeles", 9, "+1 415"), ("SG", "Asia/Singapore", 7, "+65 6"),
    ];

    private static readonly string[] Collectors = ["COL01", "COL02", "COL03", "COL04", "COL05", "COL06", "COL07", "COL08"];

    private readonly GeneratorOptions _options;
    private readonly WorldRules _world;
    private readonly IRecordSink _sink;
    private readonly Random _random;
    private readonly string _id;
    private int _invoiceCount;
    private int _paymentCount;

    // What the collectors can see of the customer's record: due dates of its invoices and start dates of its collection episodes.
    private readonly List<DateOnly> _dueDates = [];
    private readonly List<DateOnly> _collectionStarts = [];
    private int _attemptCount;

    public CustomerSimulation(GeneratorOptions options, int index, IRecordSink sink)
    {
        _options = options;
        _world = WorldRules.For(options);
        _sink = sink;
        // Legacy-seeded System.Random is stable across platforms and runtime versions.
        _random = new Random(unchecked(options.Seed * 1_000_003 + index));
        _id = $"C{index + 1:D6}";
    }

    public void Run()
    {
        var segment = Pick(("SMB", 0.5), ("MidMarket", 0.3), ("Enterprise", 0.15), ("Public", 0.05));
        var place = Places[_random.Next(Places.Length)];
        var phoneMissing = _random.NextDouble() < 0.03;
        var emailMissing = !phoneMissing && _random.NextDouble() < 0.03;
        var onboarded = Onboarding();
        var reliability = Normal();
        var phoneResponsiveness = Responsiveness(TypicalPhoneResponsiveness(segment));
        var emailResponsiveness = Responsiveness(1 - TypicalPhoneResponsiveness(segment));
        var apTakesNoCalls = _random.NextDouble() < (segment is "Enterprise" or "Public" ? 0.3 : 0.1);
        var phoneWrong = !phoneMissing && _random.NextDouble() < 0.04;
        var emailBounces = !emailMissing && _random.NextDouble() < 0.05;
        var terms = Terms(segment);
        var (meanLogAmount, invoicesPerMonth) = segment switch
        {
            "SMB" => (7.0, 0.7),
            "MidMarket" => (8.3, 1.5),
            "Enterprise" => (9.3, 3.0),
            _ => (8.8, 1.5),
        };
        var customerLogAmount = meanLogAmount + 0.5 * Normal();
        var company = $"{NamePrefixes[_random.Next(NamePrefixes.Length)]} {NameSuffixes[_random.Next(NameSuffixes.Length)]} {LegalForms[_random.Next(LegalForms.Length)]}";
        var contact = $"{FirstNames[_random.Next(FirstNames.Length)]} {LastNames[_random.Next(LastNames.Length)]}";
        var mailbox = contact.Split(' ')[0].ToLowerInvariant();
        var phone = phoneMissing ? null : $"{place.Prefix} {_random.Next(100, 999)} {_random.Next(1000, 9999)}";
        var email = emailMissing ? null : $"{mailbox}.{_id.ToLowerInvariant()}@example.com";
        // The first book draws nothing more, so the individual world's files stay what they were.
        var firstBook = _world.FirstBook;
        var traits = new HiddenTraits(
            segment, reliability, phoneResponsiveness, emailResponsiveness, apTakesNoCalls, place.Hours,
            phoneMissing,
            PhoneWrongFrom: phoneWrong ? DateOnly.MinValue : phoneMissing || firstBook ? null : GoesStale(onboarded, _world.PhoneDecayPerMonth),
            emailMissing,
            EmailBouncesFrom: emailBounces ? DateOnly.MinValue : emailMissing || firstBook ? null : GoesStale(onboarded, _world.EmailDecayPerMonth),
            onboarded,
            // Customers of a segment differ in invoice volume (log-normal around the segment's mean).
            InvoicesPerMonth: firstBook ? invoicesPerMonth : invoicesPerMonth * Math.Exp(0.5 * Normal() - 0.125),
            IntroResponse: firstBook ? 1 : Math.Exp(0.4 * Normal() - 0.08),
            PressureResponse: firstBook ? 0 : Normal());
        _sink.Add(new Customer(_id, company, segment, place.Country, place.Zone, terms,
            creditLimit: Math.Round((decimal)Math.Exp(customerLogAmount) * 0.06m) * 100 + 1000,
            onboardedOn: onboarded,
            contactName: contact,
            phone: phone,
            email: email));

        for (var month = 0; month < _options.Months; month++)
        {
            var monthStart = _options.Start.AddMonths(month);
            var days = DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
            var count = Poisson(traits.InvoicesPerMonth);
            var issueDays = Enumerable.Range(0, count).Select(_ => _random.Next(days)).Order().ToArray();
            foreach (var day in issueDays)
            {
                var issued = monthStart.AddDays(day);
                if (issued < onboarded) continue;
                var logRelativeSize = 0.8 * Normal();
                Invoice(traits, issued, terms, Math.Round((decimal)Math.Exp(customerLogAmount + logRelativeSize), 2), logRelativeSize);
            }
        }

        var truth = new double[3];
        var expectedDays = new double[3];
        var mixes = new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both };
        for (var i = 0; i < 3; i++)
        {
            truth[i] = HiddenTraits.Sigmoid(traits.TrueLogit(_world, traits.Reachable(mixes[i]), 0, 5, _options.End));
            expectedDays[i] = _world.ExpectedDaysToSettle(truth[i], _options.HorizonDays);
        }
        var best = traits.EmailMissing ? ChannelMix.Phone
            : truth[1] >= truth[0] - 1e-12 && truth[1] >= truth[2] - 1e-12 ? ChannelMix.Email
            : truth[0] >= truth[2] ? ChannelMix.Phone : ChannelMix.Both;
        _sink.Add(new GroundTruth(_id, ChannelValues<double>.FromArray(truth), ChannelValues<double>.FromArray(expectedDays), best));
    }

    /// <summary>
    /// When the customer was onboarded. The first book onboards a fifth of the customers during the history (up to a
    /// month before its end); the calibrated book half, over the whole history, so that at any date some customers are new.
    /// </summary>
    private DateOnly Onboarding()
    {
        var span = _options.End.DayNumber - _options.Start.DayNumber;
        return _random.NextDouble() < (_world.FirstBook ? 0.2 : 0.5)
            ? _options.Start.AddDays(_random.Next(_world.FirstBook ? Math.Max(1, span - 30) : span + 1))
            : _options.Start.AddDays(-_random.Next(60, 3000));
    }

    /// <summary>Payment terms in days: 30 the most common in the calibrated book, longer for larger accounts.</summary>
    private int Terms(string segment)
    {
        if (_world.FirstBook)
        {
            return segment switch
            {
                "SMB" => _random.NextDouble() < 0.7 ? 30 : 45,
                "MidMarket" => new[] { 30, 45, 60 }[_random.Next(3)],
                "Enterprise" => _random.NextDouble() < 0.5 ? 45 : 60,
                _ => 60,
            };
        }
        var u = _random.NextDouble();
        return segment switch
        {
            "SMB" => u < 0.9 ? 30 : 45,
            "MidMarket" => u < 0.6 ? 30 : u < 0.9 ? 45 : 60,
            "Enterprise" => u < 0.4 ? 30 : u < 0.75 ? 45 : 60,
            _ => u < 0.7 ? 30 : 60,
        };
    }

    /// <summary>
    /// The date a working contact detail goes stale (a number turns wrong, an address starts bouncing) at a constant
    /// monthly hazard from the onboarding or the start of the history; null when it stays good to the end.
    /// </summary>
    private DateOnly? GoesStale(DateOnly onboarded, double hazardPerMonth)
    {
        if (hazardPerMonth <= 0) return null;
        var u = _random.NextDouble();
        var from = onboarded > _options.Start ? onboarded : _options.Start;
        var days = -Math.Log(1 - u) / -Math.Log(1 - hazardPerMonth) * 365.25 / 12;
        return days < _options.End.DayNumber - from.DayNumber ? from.AddDays((int)days) : null;
    }

    /// <summary>How readily a segment's customers answer the phone; email is the other way round.</summary>
    private static double TypicalPhoneResponsiveness(string segment) => segment switch
    {
        "SMB" => 0.7,
        "MidMarket" => 0.5,
        _ => 0.3,
    };

    /// <summary>A customer's responsiveness in [0, 1]: the segment's share of it, the rest the customer's own (uniform).</summary>
    private double Responsiveness(double typical)
    {
        var share = _world.ResponsivenessBySegment;
        return share * typical + (1 - share) * _random.NextDouble();
    }

    private void Invoice(HiddenTraits traits, DateOnly issued, int terms, decimal amount, double logRelativeSize)
    {
        var invoiceId = $"I{_id[1..]}-{++_invoiceCount:D4}";
        var due = issued.AddDays(terms);
        _dueDates.Add(due);
        _sink.Add(new Invoice(invoiceId, _id, issued, due, Math.Max(amount, 1m), "EUR"));
        if (_random.NextDouble() < 0.01)
        {
            var creditOn = issued.AddDays(_random.Next(5, 20));
            if (creditOn <= _options.End)
                _sink.Add(new Invoice(invoiceId + "-CN", _id, creditOn, creditOn, -Math.Round(amount * (decimal)(0.05 + 0.25 * _random.NextDouble()), 2) - 0.01m, "EUR"));
        }

        if (_random.NextDouble() < HiddenTraits.Sigmoid(_world.OnTimeLogit + 1.2 * traits.Reliability))
        {
            var paidOn = due.AddDays(_world.FirstBook ? _random.Next(-12, 3) : OnTimeDays());
            if (paidOn <= issued) paidOn = issued.AddDays(1);
            Pay(invoiceId, issued, paidOn, amount);
            return;
        }

        var daysOverdue = _random.Next(1, 11);
        var start = due.AddDays(daysOverdue);
        if (start > _options.End) return;
        Episode(traits, invoiceId, issued, start, amount, logRelativeSize, daysOverdue);
    }

    /// <summary>
    /// Days from the due date to an on-time payment in the calibrated book: payment runs pay three in ten on the due
    /// date itself, the rest up to two weeks early or a day or two late.
    /// </summary>
    private int OnTimeDays() => _random.NextDouble() < 0.3 ? 0 : _random.Next(-14, 3);

    private void Episode(HiddenTraits traits, string invoiceId, DateOnly issued, DateOnly start, decimal amount,
        double logRelativeSize, int daysOverdue)
    {
        var (mix, randomised) = CollectorChoice(traits, logRelativeSize, ObservedLateness(start));
        _collectionStarts.Add(start);
        var p = new[] { ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both }
            .Select(m => HiddenTraits.Sigmoid(traits.TrueLogit(_world, m, logRelativeSize, daysOverdue, start)))
            .ToArray();
        var chosen = p[mix == ChannelMix.Phone ? 0 : mix == ChannelMix.Email ? 1 : 2];
        var daysToPay = _world.DaysToPay(chosen, _options.HorizonDays, _random);
        var settled = start.AddDays(daysToPay);
        var paysInHorizon = daysToPay <= _options.HorizonDays;
        _sink.Add(new EpisodeTruth(invoiceId, _id, start, mix, randomised, ChannelValues<double>.FromArray(p), paysInHorizon));

        var collector = Collectors[_random.Next(Collectors.Length)];
        if (mix is ChannelMix.Phone or ChannelMix.Both)
            Contact(traits, invoiceId, start, 9, Channel.Phone, collector, settled, amount);
        if (mix is ChannelMix.Email or ChannelMix.Both)
            Contact(traits, invoiceId, start, 10, Channel.Email, collector, settled, amount);
        if (_random.NextDouble() < 0.05 && start.AddDays(2) < settled && start.AddDays(2) <= _options.End)
            Attempt(invoiceId, start.AddDays(2), 14, Channel.Phone, Direction.Inbound, Outcome.Reached, collector);

        // Follow-ups are the same for every first channel: alternate email and phone until paid (at most ten).
        for (var k = 1; k <= 10; k++)
        {
            var on = start.AddDays(k * _options.FollowUpDays);
            if (on >= settled || on > _options.End) break;
            var channel = k % 2 == 1 || traits.PhoneMissing ? Channel.Email : Channel.Phone;
            if (channel == Channel.Email && traits.EmailMissing) channel = Channel.Phone;
            Contact(traits, invoiceId, on, 11, channel, collector, settled, amount);
        }
        if (settled <= _options.End) Pay(invoiceId, issued, settled, amount);
    }

    /// <summary>
    /// How late the customer looks on <paramref name="on"/> from its record: the share of its invoices due before
    /// then that went into collection before then, centred on a typical share; 0 without a record yet.
    /// Collectors choose from this, not from the hidden reliability: confounding through what the data shows.
    /// </summary>
    private double ObservedLateness(DateOnly on)
    {
        var due = _dueDates.Count(d => d < on);
        return due == 0 ? 0 : 3 * ((double)_collectionStarts.Count(s => s < on) / due - 0.45);
    }

    /// <summary>
    /// The collector's choice: with probability <see cref="GeneratorOptions.Exploration"/> uniform over the
    /// channels the customer has details for; otherwise a softmax that phones large and (visibly) late accounts
    /// and emails reliable payers, as sharp as <see cref="GeneratorOptions.Confounding"/>, with some discretion
    /// of the collector's own that has nothing to do with the customer.
    /// </summary>
    private (ChannelMix Mix, bool Randomised) CollectorChoice(HiddenTraits traits, double logRelativeSize, double observedLateness)
    {
        var feasible = (traits.PhoneMissing, traits.EmailMissing) switch
        {
            (true, _) => new[] { ChannelMix.Email },
            (_, true) => [ChannelMix.Phone],
            _ => [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both],
        };
        if (_random.NextDouble() < _options.Exploration)
            return (feasible[_random.Next(feasible.Length)], true);
        if (feasible.Length == 1) return (feasible[0], false);

        var late = observedLateness + 0.5 * Normal();
        var c = _options.Confounding;
        var enterprise = traits.Segment == "Enterprise" ? 1 : 0;
        var weights = new[]
        {
            Math.Exp(c * (0.8 * logRelativeSize + 0.8 * late + 0.4 * enterprise)),
            Math.Exp(c * (-0.8 * late - 0.4 * logRelativeSize)),
            Math.Exp(c * (0.6 * late + 0.5 * logRelativeSize) - 0.3),
        };
        var u = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < 3; i++)
        {
            u -= weights[i];
            if (u < 0) return (feasible[i], false);
        }
        return (feasible[2], false);
    }

    private void Contact(HiddenTraits traits, string invoiceId, DateOnly on, int hour, Channel channel, string collector,
        DateOnly settled, decimal amount)
    {
        var willPaySoon = settled.DayNumber - on.DayNumber <= _options.HorizonDays;
        Outcome outcome;
        if (channel == Channel.Phone)
        {
            outcome = !traits.PhoneWorks(on) ? Outcome.WrongNumber
                : traits.ApTakesNoCalls ? (_random.NextDouble() < 0.6 ? Outcome.Voicemail : Outcome.NoAnswer)
                : _random.NextDouble() < 0.25 + 0.6 * traits.PhoneResponsiveness ? Outcome.Reached
                : _random.NextDouble() < 0.5 ? Outcome.Voicemail : Outcome.NoAnswer;
        }
        else
        {
            outcome = !traits.EmailWorks(on) ? Outcome.Bounced
                : _random.NextDouble() < 0.1 + 0.5 * traits.EmailResponsiveness ? Outcome.Replied
                : Outcome.Sent;
        }
        if (outcome is Outcome.Reached or Outcome.Replied)
        {
            // Customers who will pay soon promise more often; some promises are broken.
            if (_random.NextDouble() < (willPaySoon ? 0.6 : 0.2))
            {
                var promisedOn = on.AddDays(Math.Clamp(settled.DayNumber - on.DayNumber + _random.Next(-2, 3), 1, 45));
                Attempt(invoiceId, on, hour, channel, Direction.Outbound, Outcome.PromiseToPay, collector, promisedOn, amount);
                return;
            }
            if (_random.NextDouble() < 0.05) outcome = Outcome.Dispute;
        }
        Attempt(invoiceId, on, hour, channel, Direction.Outbound, outcome, collector);
    }

    private void Attempt(string invoiceId, DateOnly on, int hour, Channel channel, Direction direction, Outcome outcome,
        string collector, DateOnly? promisedOn = null, decimal? promisedAmount = null)
    {
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(hour, _random.Next(60))), TimeSpan.Zero);
        _sink.Add(new ContactAttempt($"A{_id[1..]}-{++_attemptCount:D5}", _id, invoiceId, at, channel, direction, outcome,
            collector, promisedOn, promisedAmount));
    }

    /// <summary>Most invoices are paid in one go; some in two parts, some overpaid, a few as unapplied cash.</summary>
    private void Pay(string invoiceId, DateOnly issued, DateOnly settled, decimal amount)
    {
        var pattern = _random.NextDouble();
        if (pattern < 0.09 && settled.DayNumber - issued.DayNumber > 2)
        {
            var first = Math.Round(amount * (decimal)(0.3 + 0.4 * _random.NextDouble()), 2);
            var firstOn = issued.AddDays(1 + _random.Next(settled.DayNumber - issued.DayNumber - 1));
            Payment(invoiceId, firstOn, first);
            Payment(invoiceId, settled, amount - first);
        }
        else if (pattern < 0.11)
        {
            Payment(invoiceId, settled, amount + Math.Round((decimal)(1 + 49 * _random.NextDouble()), 2));
        }
        else if (pattern < 0.12)
        {
            Payment(null, settled, amount);
        }
        else
        {
            Payment(invoiceId, settled, amount);
        }
    }

    private void Payment(string? invoiceId, DateOnly on, decimal amount)
    {
        if (on > _options.End) return;
        _sink.Add(new Payment($"P{_id[1..]}-{++_paymentCount:D4}", _id, invoiceId, on, amount));
    }

    private string Pick(params (string Value, double Weight)[] choices)
    {
        var u = _random.NextDouble();
        foreach (var (value, weight) in choices)
        {
            if ((u -= weight) < 0) return value;
        }
        return choices[^1].Value;
    }

    private double Normal()
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        var u = 1 - _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * _random.NextDouble());
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble()) count++;
        return count;
    }
}
