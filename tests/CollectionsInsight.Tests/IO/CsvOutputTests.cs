using CollectionsInsight.IO;

namespace CollectionsInsight.Tests.IO;

public class CsvOutputTests
{
    [Theory]
    [InlineData(-6.10402467055883E-06, "-0.000006104024671")]
    [InlineData(1.5E-16, "0")]
    [InlineData(-1E-20, "0")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(12345678901234.5, "12345678901234.5")]
    [InlineData(1E+20, "100000000000000000000")]
    [InlineData(double.NaN, "")]
    public void Format_Double_FixedDecimalsInvariantNeverExponent(double value, string expected)
    {
        Assert.Equal(expected, CsvOutput.Format(value));
    }

    [Fact]
    public void Format_Float_ShortestFixedDecimals()
    {
        Assert.Equal(("0.1", "-0.0000012"), (CsvOutput.Format(0.1f), CsvOutput.Format(-1.2E-06f)));
    }

    [Theory]
    [InlineData("+31 20 555 0101", "'+31 20 555 0101")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("Acme, Inc.", "\"Acme, Inc.\"")]
    public void Format_Text_FormulaGuardedAndQuoted(string value, string expected)
    {
        Assert.Equal(expected, CsvOutput.Format(value));
    }
}
