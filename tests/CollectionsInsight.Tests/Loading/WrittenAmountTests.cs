using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

public class WrittenAmountTests
{
    [Theory]
    [InlineData("1,234.56", '.', "1234.56")]
    [InlineData("$1,234.56", '.', "1234.56")]
    [InlineData("1,234,567", '.', "1234567")]
    [InlineData("(1,234.56)", '.', "-1234.56")]
    [InlineData("-$1,234.56", '.', "-1234.56")]
    [InlineData("$ -1,234.56", '.', "-1234.56")]
    [InlineData("1'234.50", '.', "1234.50")]
    [InlineData("£12.50", '.', "12.50")]
    [InlineData("1.234,56", ',', "1234.56")]
    [InlineData("1.234,56 €", ',', "1234.56")]
    [InlineData("1 234 567,8", ',', "1234567.8")]
    [InlineData("1\u00A0234,56", ',', "1234.56")]
    [InlineData("1.234", ',', "1234")]
    [InlineData("1.234,56-", ',', "-1234.56")]
    [InlineData("150.00-", '.', "-150.00")]
    [InlineData("EUR 1.234,56", ',', "1234.56")]
    [InlineData("1,234.56 USD", '.', "1234.56")]
    [InlineData("\u2212150,00", ',', "-150.00")]
    [InlineData("\u22121\u00A0234,56 SEK", ',', "-1234.56")]
    public void TryParse_FormattedAmount_ReadAsWritten(string text, char point, string expected)
    {
        Assert.True(WrittenAmount.TryParse(text, point, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("1234,56", '.')] // a decimal comma while the separator is '.': the mapping must say so
    [InlineData("1,23", '.')]
    [InlineData("12,34.56", '.')] // not groups of three
    [InlineData("1,2345", '.')]
    [InlineData("0,125", '.')] // no grouping starts with 0: a decimal comma with three decimals
    [InlineData("0.125", ',')]
    [InlineData("1,234 567.8", '.')] // two kinds of group separator
    [InlineData("1.234,56", '.')] // European grouping while the separator is '.'
    [InlineData("1,234.56", ',')]
    [InlineData("EU 12.50", '.')]
    [InlineData("(-150.00)", '.')] // two signs: which was meant?
    [InlineData("--150.00", '.')]
    [InlineData("-150.00-", '.')]
    [InlineData("\u2212150.00-", '.')]
    [InlineData("eur 12.50", '.')]
    [InlineData("$", '.')]
    [InlineData("()", '.')]
    [InlineData("1e6", '.')]
    public void TryParse_NotAnAmount_Refused(string text, char point)
    {
        Assert.False(WrittenAmount.TryParse(text, point, out _));
    }
}
