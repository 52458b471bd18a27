using CollectionsInsight.Domain;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Modeling.Features;

public class FeatureBuilderTests
{
    private static readonly SyntheticData Data = DataGenerator.Generate(new GeneratorOptions { Customers = 40, Seed = 5 });
    private static readonly DateOnly Cutoff = new(2024, 11, 15);

    [Fact]
    public void Matrix_EverythingFromTheCutoffOnDeleted_SameFeatures()
    {
        var full = Data.ToHistory();
        // The same company with its future erased: no later invoices, payments or contacts.
        var truncated = CollectionHistory.FromRecords(Data.Customers,
            Data.Invoices.Where(i => i.IssuedOn < Cutoff),
            Data.Payments.Where(p => p.PaidOn < Cutoff),
            Data.ContactAttempts.Where(a => a.OccurredOn < Cutoff));

        var withFuture = Features(full);
        var withoutFuture = Features(truncated);

        Assert.Equal(withoutFuture.ColumnNames, withFuture.ColumnNames);
        Assert.Equal(withoutFuture.Values, withFuture.Values);   // float.Equals: NaN equals NaN
        Assert.Contains(withFuture.Values, v => !float.IsNaN(v) && v != 0);
    }

    [Fact]
    public void InvoicesOf_SettledOnTheCutoff_StillOpenInTheView()
    {
        var history = CollectionHistory.FromRecords(
            [new Customer("C1")],
            [new Invoice("I1", "C1", new(2024, 1, 1), new(2024, 1, 31), 100), new Invoice("I2", "C1", new(2024, 2, 10), new(2024, 3, 11), 50)],
            [new Payment("P1", "C1", "I1", new(2024, 2, 10), 100)],
            [new ContactAttempt("A1", "C1", "I1", new(2024, 2, 10, 9, 0, 0, TimeSpan.Zero), Channel.Phone, outcome: Outcome.Reached)]);

        var past = new HistoryBefore(history, new DateOnly(2024, 2, 10));

        Assert.Null(past.InvoicesOf("C1").Single(i => i.InvoiceId == "I1").SettledOn);
        Assert.Empty(past.AttemptsWith("C1"));
        Assert.DoesNotContain(past.InvoicesOf("C1"), i => i.InvoiceId == "I2");   // issued on the cutoff
        Assert.Equal(new DateOnly(2024, 2, 10), new HistoryBefore(history, new DateOnly(2024, 2, 11)).InvoicesOf("C1").First().SettledOn);
    }

    [Fact]
    public void Matrix_UnknownTimeZone_MissingDistance()
    {
        var history = CollectionHistory.FromRecords(
            [new Customer("C1", timeZone: "Mars/Olympus"), new Customer("C2", timeZone: "America/New_York"), new Customer("C3")],
            [], [], []);
        var schema = FeatureSchema.For(history, "Europe/Amsterdam");
        var past = new HistoryBefore(history, new DateOnly(2024, 1, 15));

        var x = new FeatureBuilder(schema).Matrix([(past, Effort.Typical("C1")), (past, Effort.Typical("C2")), (past, Effort.Typical("C3"))]);

        var column = schema.Columns.ToList().IndexOf(FeatureSchema.TimeZoneHours);
        Assert.True(float.IsNaN(x[0, column]));
        Assert.Equal(6, x[1, column]);   // winter: UTC−5 against UTC+1
        Assert.True(float.IsNaN(x[2, column]));
    }

    private static (IReadOnlyList<string> ColumnNames, float[] Values) Features(CollectionHistory history)
    {
        var schema = FeatureSchema.For(history, "Europe/Amsterdam");
        var past = new HistoryBefore(history, Cutoff);
        var x = new FeatureBuilder(schema).Matrix(history.Customers
            .Select(c => (past, new Effort(c.CustomerId, 1000m, 5))).ToArray());
        return (x.ColumnNames, x.Values.ToArray());
    }
}
