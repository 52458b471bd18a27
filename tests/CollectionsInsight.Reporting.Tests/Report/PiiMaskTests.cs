using CollectionsInsight.Domain;
using CollectionsInsight.Reporting.Report;

namespace CollectionsInsight.Reporting.Tests.Report;

public class PiiMaskTests
{
    [Theory]
    [InlineData("+31 20 372 9001", "+31 ** *** **01")]
    [InlineData("+1 212 151 7492", "+1 *** *** **92")]
    [InlineData("020-3729001", "***-*****01")]
    [InlineData("", "")]
    public void Phone_Number_KeepsCountryCodeAndLastTwoDigits(string phone, string expected) =>
        Assert.Equal(expected, PiiMask.Phone(phone));

    [Theory]
    [InlineData("anna@example.com", "a***@example.com")]
    [InlineData("not-an-email", "n***********")]
    public void Email_Address_KeepsFirstCharacterAndDomain(string email, string expected) =>
        Assert.Equal(expected, PiiMask.Email(email));

    [Theory]
    [InlineData("Anna de Vries", "A. V****")]
    [InlineData("Ben", "B**")]
    public void ContactName_Name_KeepsInitials(string name, string expected) =>
        Assert.Equal(expected, PiiMask.ContactName(name));

    [Fact]
    public void History_Customers_ContactDetailsMaskedRestKept()
    {
        var history = CollectionHistory.FromRecords(
            [new Customer("C1", "Acme B.V.", contactName: "Anna de Vries", phone: "+31 20 372 9001", email: "anna@example.com")], [], [], []);

        var customer = PiiMask.History(history).Customers.Single();

        Assert.Equal(("C1", "Acme B.V.", "A. V****", "+31 ** *** **01", "a***@example.com"),
            (customer.CustomerId, customer.Name, customer.ContactName, customer.Phone, customer.Email));
    }

    [Fact]
    public void Issue_PhoneColumn_MasksValueAndReason()
    {
        var issue = new DataQualityIssue("customers.csv", 3, "phone", "+31 20 372 9001", "'+31 20 372 9001' is too long");

        var masked = PiiMask.Issue(issue);

        Assert.Equal("+31 ** *** **01", masked.Value);
        Assert.DoesNotContain("372", masked.Reason);
    }

    [Fact]
    public void Issue_WholeRowAndTheRowsRejectedWithIt_MaskedToo()
    {
        // A comma in an unquoted contact name shifted the row; an unclosed quote took an email with it.
        var row = new DataQualityIssue("customers.csv", 4, "(row)", "lena.c000003@example.com", "more fields than the 11 columns of the header");
        var child = new DataQualityIssue("invoices.csv", 9, "customer_id", "C3", $"rejected with its customer 'C3': {row}");

        var (maskedRow, maskedChild) = (PiiMask.Issue(row), PiiMask.Issue(child));

        Assert.Equal("l***********************", maskedRow.Value);
        Assert.Equal("C3", maskedChild.Value);
        Assert.Equal("rejected with its customer 'C3': customers.csv line 4, column (row), value 'l***********************': more fields than the 11 columns of the header",
            maskedChild.Reason);
    }

    [Fact]
    public void Issue_OtherColumn_Unchanged()
    {
        var issue = new DataQualityIssue("invoices.csv", 3, "amount", "abc", "not a number");

        Assert.Same(issue, PiiMask.Issue(issue));
    }
}
