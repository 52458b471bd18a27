using CollectionsInsight.Domain;

namespace CollectionsInsight.Tests.Domain;

public class WordsTests
{
    public enum Sample { Plain, TwoWords, [Word("x")] Spelled }

    [Theory]
    [InlineData(Outcome.NoAnswer, "no_answer")]
    [InlineData(Outcome.PromiseToPay, "promise_to_pay")]
    [InlineData(Outcome.Reached, "reached")]
    public void ToWord_Member_IsItsNameInSnakeCase(Outcome outcome, string expected) => Assert.Equal(expected, outcome.ToWord());

    [Fact]
    public void ToWord_WordAttribute_OverridesTheName()
    {
        Assert.Equal("x", Sample.Spelled.ToWord());
        Assert.Equal("two_words", Sample.TwoWords.ToWord());
    }

    [Fact]
    public void ToWord_NotAMember_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => ((Sample)7).ToWord());

    [Theory]
    [InlineData("two_words", Sample.TwoWords)]
    [InlineData(" TWO_WORDS ", Sample.TwoWords)]
    [InlineData("X", Sample.Spelled)]
    public void TryParse_AnyCaseAndPadding_FindsTheMember(string word, Sample expected)
    {
        Assert.True(Words.TryParse<Sample>(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("spelled")]
    [InlineData("twowords")]
    [InlineData("")]
    public void TryParse_OtherWord_Fails(string word) => Assert.False(Words.TryParse<Sample>(word, out _));

    [Fact]
    public void List_AllWordsInMemberOrder() => Assert.Equal("plain, two_words, x", Words.List<Sample>());

    [Fact]
    public void EveryWord_RoundTrips()
    {
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            Assert.True(Words.TryParse<Outcome>(outcome.ToWord(), out var back));
            Assert.Equal(outcome, back);
        }
    }
}
