using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

public class SeenIdsTests
{
    /// <summary>What <see cref="SeenIds"/> answers for each id in turn, against a plain set's answers.</summary>
    private static void AssertAsASet(params string[] ids)
    {
        var seen = new SeenIds(4);
        var set = new HashSet<string>(StringComparer.Ordinal);

        var answers = ids.Select(seen.Add).ToArray();

        Assert.Equal(ids.Select(set.Add).ToArray(), answers);
    }

    [Fact]
    public void IdsInOrder_AreNew_AndARepeatOfTheLastIsSeen()
    {
        var seen = new SeenIds(4);

        Assert.Equal([true, true, true, false], new[] { "P1", "P2", "P3", "P3" }.Select(seen.Add));
    }

    [Fact]
    public void IdOutOfOrder_RepeatingAnEarlierOne_IsSeen()
    {
        var seen = new SeenIds(4);

        Assert.Equal([true, true, true, false, true, false], new[] { "P1", "P2", "P3", "P2", "P0", "P0" }.Select(seen.Add));
    }

    [Fact]
    public void AfterTheFirstIdOutOfOrder_LaterIdsInOrder_AreCheckedAgainstAllBefore()
    {
        // Once out of order, an id after the last is not new for that alone: P9 came before P5.
        AssertAsASet("P1", "P9", "P5", "P6", "P9", "P7", "P1");
    }

    [Fact]
    public void CaseAndNumbersWithoutPadding_CountAsTheyAreWritten()
    {
        // Ordinal order: P10 sorts before P9, and p1 is not P1.
        AssertAsASet("P1", "P9", "P10", "p1", "P1", "P10", "P11");
    }

    [Fact]
    public void RandomIds_AnswerAsASetDoes()
    {
        var random = new Random(3);

        AssertAsASet([.. Enumerable.Range(0, 2_000).Select(i => $"A{(i < 1_000 ? i : random.Next(1_500)):D5}")]);
    }
}
