using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

public class IsoDateTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-1-01", false)]
    [InlineData("2025/01/01", false)]
    [InlineData("0000-01-01", false)]
    public void TryParse_Shapes_AcceptsOnlyRealIsoDates(string text, bool expected)
    {
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        if (expected) Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd"), date);
    }

    [Theory]
    [InlineData("2025-03-04T09:30:05", true)]
    [InlineData("2025-03-04 23:59:59", true)]
    [InlineData("2025-03-04T24:00:00", false)]
    [InlineData("2025-03-04T09:30:00+01:00", false)]
    public void TryParseDateTime_Shapes_AcceptsOnlyPlainIsoDateTimes(string text, bool expected)
    {
        Assert.Equal(expected, IsoDate.TryParseDateTime(text, out var value));
        if (expected)
        {
            Assert.Equal(TimeSpan.Zero, value.Offset);
            Assert.Equal(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), value.DateTime);
        }
    }

    [Theory]
    [InlineData("45658", 2025, 1, 1)]
    [InlineData("20000", 1954, 10, 3)]
    [InlineData("80000", 2119, 1, 11)]
    public void TryParseSpreadsheetSerial_FiveDigits_TheSpreadsheetsDate(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParseSpreadsheetSerial(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("19999")]
    [InlineData("80001")]
    [InlineData("4565")]
    [InlineData("456580")]
    [InlineData("45658.5")]
    public void TryParseSpreadsheetSerial_OutsideTheRange_Refused(string text) =>
        Assert.False(IsoDate.TryParseSpreadsheetSerial(text, out _));

    [Theory]
    [InlineData("45658.375", 9, 0, 0)]
    [InlineData("45658.5", 12, 0, 0)]
    [InlineData("45658.999988", 23, 59, 59)]
    public void TryParseSpreadsheetSerialTime_DaysAndAFraction_TheDateAndTime(string text, int hour, int minute, int second)
    {
        Assert.True(IsoDate.TryParseSpreadsheetSerialTime(text, out var value));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, hour, minute, second, TimeSpan.Zero), value);
    }

    [Theory]
    [InlineData("45658")]
    [InlineData("45658.")]
    [InlineData("45658.5x")]
    [InlineData("45658.-5")]
    [InlineData("4565.5")]
    public void TryParseSpreadsheetSerialTime_NotASerialWithAFraction_Refused(string text) =>
        Assert.False(IsoDate.TryParseSpreadsheetSerialTime(text, out _));
}
