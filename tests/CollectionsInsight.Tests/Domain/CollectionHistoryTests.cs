using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class CollectionHistoryTests
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    [Fact]
    public void FromRecords_UnknownCustomer_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CollectionHistory.FromRecords([new Customer("C1")], [new Invoice("I1", "C2", Jan1, Jan1, 10m)], [], []));

        Assert.Contains("unknown customer_id 'C2'", error.Message);
    }

    [Fact]
    public void FromRecords_PaymentForOtherCustomersInvoice_Throws()
    {
        Assert.Throws<ArgumentException>(() => CollectionHistory.FromRecords(
            [new Customer("C1"), new Customer("C2")], [new Invoice("I1", "C1", Jan1, Jan1, 10m)],
            [new Payment("P1", "C2", "I1", Jan1, 10m)], []));
    }

    [Fact]
    public void Indexes_GroupByCustomerAndInvoiceInDateOrder()
    {
        var history = CollectionHistory.FromRecords(
            [new Customer("C1"), new Customer("C2")],
            [new Invoice("I2", "C1", Jan1.AddDays(5), Jan1.AddDays(35), 10m), new Invoice("I1", "C1", Jan1, Jan1.AddDays(30), 20m)],
            [new Payment("P1", "C1", null, Jan1.AddDays(3), 5m)],
            [
                new ContactAttempt("A2", "C1", "I1", new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero), Channel.Email),
                new ContactAttempt("A1", "C1", null, new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero), Channel.Phone),
            ]);

        Assert.Equal(["I1", "I2"], history.InvoicesOf("C1").Select(s => s.Invoice.InvoiceId));
        Assert.Equal(["A1", "A2"], history.AttemptsWith("C1").Select(a => a.AttemptId));
        Assert.Equal(["A2"], history.AttemptsAbout("I1").Select(a => a.AttemptId));
        Assert.Single(history.UnappliedCashOf("C1"));
        Assert.Empty(history.InvoicesOf("C2"));
        Assert.Equal(new DateOnly(2025, 2, 3), history.LatestDate);
    }

    [Fact]
    public void Constructors_BrokenInvariants_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Invoice("I1", "C1", Jan1, Jan1.AddDays(-1), 10m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Invoice("I1", "C1", Jan1, Jan1, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Payment("P1", "C1", null, Jan1, -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Payment("P1", "C1", null, Jan1, 2_000_000_000_000m));
        Assert.Throws<ArgumentException>(() => new Customer(" "));
    }
}
