using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

/// <summary>Dates whose month is named in another language or with a point, rewritten as the invariant culture reads them.</summary>
public class MonthNamesTests
{
    [Theory]
    [InlineData("29. Okt. 2024", "29 Oct 2024")] // German, abbreviated with points
    [InlineData("29. Oktober 2024 10:22", "29 Oct 2024 10:22")]
    [InlineData("4 März 2025", "4 Mar 2025")]
    [InlineData("4-Mrz-2025", "4-Mar-2025")]
    [InlineData("5. Jän. 2025", "5 Jan 2025")] // Austrian
    [InlineData("1-mrt-2025", "1-Mar-2025")] // Dutch
    [InlineData("15 mei 2025", "15 May 2025")]
    [InlineData("3 févr. 2025", "3 Feb 2025")] // French
    [InlineData("12 août 2025", "12 Aug 2025")]
    [InlineData("12 aout 2025", "12 Aug 2025")]
    [InlineData("30 juin 2025", "30 Jun 2025")]
    [InlineData("9-dic-25", "9-Dec-25")] // Spanish
    [InlineData("2 giugno 2025", "2 Jun 2025")] // Italian
    [InlineData("2 outubro 2025", "2 Oct 2025")] // Portuguese
    [InlineData("7 Sept 2025", "7 Sep 2025")] // British
    [InlineData("29 oct. 2024", "29 Oct 2024")]
    [InlineData("29 October 2024", "29 Oct 2024")]
    public void InEnglish_DayFirstWithAMonthName_TheEnglishAbbreviation(string written, string english) =>
        Assert.Equal(english, MonthNames.InEnglish(written));

    [Theory]
    [InlineData("29 Foo 2024")] // no month
    [InlineData("29 Okt")] // no year
    [InlineData("Okt 29, 2024")] // month first: English only
    [InlineData("29/Okt/2024")]
    [InlineData("29 Okt-2024")] // two separators
    [InlineData("2024-10-29")]
    [InlineData("")]
    public void InEnglish_NoDayFirstMonthName_Null(string written) => Assert.Null(MonthNames.InEnglish(written));

    [Theory]
    [InlineData("Okt", true)]
    [InlineData("okt", true)]
    [InlineData("DÉC", true)]
    [InlineData("Oct", true)]
    [InlineData("Octo", false)]
    public void IsMonth_AnyCase(string name, bool month) => Assert.Equal(month, MonthNames.IsMonth(name));

    [Theory]
    [InlineData("Oct", true)]
    [InlineData("OCTOBER", true)]
    [InlineData("Sept", false)]
    [InlineData("Okt", false)]
    public void IsInvariant_EnglishAsTheInvariantCultureReadsIt(string name, bool invariant) =>
        Assert.Equal(invariant, MonthNames.IsInvariant(name));
}
