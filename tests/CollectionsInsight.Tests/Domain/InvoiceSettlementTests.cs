using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class InvoiceSettlementTests
{
    private static readonly Customer Acme = new("C1");
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    private static InvoiceSettlement Settle(decimal amount, params (int Day, decimal Amount)[] payments)
    {
        var invoice = new Invoice("I1", "C1", Jan1, Jan1.AddDays(30), amount);
        var history = CollectionHistory.FromRecords([Acme], [invoice],
            payments.Select((p, i) => new Payment($"P{i}", "C1", "I1", Jan1.AddDays(p.Day), p.Amount)), []);
        return history.FindInvoice("I1")!;
    }

    [Fact]
    public void SettledOn_PartialPayments_IsTheDayTheyCoverTheAmount()
    {
        var settlement = Settle(1000m, (40, 400m), (10, 300m), (25, 299.995m));

        Assert.Equal(Jan1.AddDays(40), settlement.SettledOn);
        Assert.Equal(1000m, settlement.OpenAmountOn(Jan1.AddDays(9)));
        Assert.Equal(700m, settlement.OpenAmountOn(Jan1.AddDays(10)));
        Assert.True(settlement.IsPartiallyPaid(Jan1.AddDays(30)));
        Assert.Equal(0m, settlement.OpenAmountOn(Jan1.AddDays(40)));
    }

    [Fact]
    public void SettledOn_WithinOneCent_CountsAsSettled()
    {
        Assert.Equal(Jan1.AddDays(5), Settle(100m, (5, 99.99m)).SettledOn);
        Assert.Null(Settle(100m, (5, 99.98m)).SettledOn);
    }

    [Fact]
    public void Overpaid_PaymentsBeyondAmount_ReportsTheExcess()
    {
        var settlement = Settle(100m, (5, 60m), (6, 60m));

        Assert.Equal(20m, settlement.Overpaid);
        Assert.Equal(Jan1.AddDays(6), settlement.SettledOn);
    }

    [Fact]
    public void OpenAmountOn_BeforeIssue_IsZeroAndUnpaidIsTheAmount()
    {
        var settlement = Settle(100m);

        Assert.Equal(0m, settlement.OpenAmountOn(Jan1.AddDays(-1)));
        Assert.Equal(100m, settlement.OpenAmountOn(Jan1.AddDays(400)));
        Assert.Null(settlement.SettledOn);
    }

    [Fact]
    public void OpenAmountOn_CreditNote_IsItsNegativeAmountAndNeverSettled()
    {
        var credit = new Invoice("CN1", "C1", Jan1, Jan1, -50m);
        var settlement = CollectionHistory.FromRecords([Acme], [credit], [], []).FindInvoice("CN1")!;

        Assert.Equal(-50m, settlement.OpenAmountOn(Jan1.AddDays(10)));
        Assert.Null(settlement.SettledOn);
        Assert.Equal(0m, settlement.Overpaid);
    }
}
