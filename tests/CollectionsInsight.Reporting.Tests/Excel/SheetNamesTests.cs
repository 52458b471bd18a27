using CollectionsInsight.Reporting.Excel;

namespace CollectionsInsight.Reporting.Tests.Excel;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("Channel mix", "Channel mix")]
    [InlineData("a[b]c", "a_b_c")]
    [InlineData("  'x'  ", "x")]
    [InlineData("history", "history_")]
    [InlineData("", "Sheet7")]
    [InlineData("'''", "Sheet7")]
    public void Sanitise_Name_ValidExcelName(string requested, string expected) =>
        Assert.Equal(expected, SheetNames.Sanitise(requested, 7));

    [Fact]
    public void Sanitise_SurrogatePairAtLimit_NotSplit()
    {
        var name = new string('a', 30) + "😀";
        Assert.Equal(new string('a', 30), SheetNames.Sanitise(name, 1));
    }

    [Fact]
    public void MakeUnique_CaseInsensitiveDuplicates_Numbered() =>
        Assert.Equal(["Data", "data (2)", "DATA (3)"], SheetNames.MakeUnique(["Data", "data", "DATA"]));

    [Fact]
    public void Quote_Apostrophe_Doubled() => Assert.Equal("'It''s'", SheetNames.Quote("It's"));
}
