using System.Text;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Tests.Loading;

/// <summary>
/// A large invoices file is read in two halves side by side. Whatever the file holds, that must load exactly what
/// reading it in one go loads: the records, the issues in file order, their counts and the file summaries.
/// </summary>
public class InvoiceHalvesTests
{
    private static readonly LoadOptions Whole = new() { AsOf = new DateOnly(2025, 6, 30), InvoiceHalvesFromBytes = long.MaxValue };

    private static void AssertHalvesLoadAsWhole(string folder, LoadOptions? options = null)
    {
        options ??= Whole;
        var whole = CollectionHistory.Load(folder, options);
        var halves = CollectionHistory.Load(folder, options with { InvoiceHalvesFromBytes = 0 });

        Assert.Equal(whole.Customers, halves.Customers);
        Assert.Equal(whole.Invoices.Select(i => (i.Invoice, i.SettledOn)), halves.Invoices.Select(i => (i.Invoice, i.SettledOn)));
        Assert.Equal(whole.Payments, halves.Payments);
        Assert.Equal(whole.ContactAttempts, halves.ContactAttempts);
        Assert.Equal(whole.Quality.Files, halves.Quality.Files);
        Assert.Equal(whole.Quality.Issues, halves.Quality.Issues);
        Assert.Equal(whole.Quality.IssueCounts, halves.Quality.IssueCounts);
        Assert.Equal(whole.Quality.Facts, halves.Quality.Facts);
        // The two halves' indexes of invoices are one.
        Assert.All(whole.Invoices, i => Assert.Equal(i.Invoice, halves.FindInvoice(i.Invoice.InvoiceId)!.Invoice));
    }

    [Fact]
    public void Load_Sample_SameInHalves() => AssertHalvesLoadAsWhole(Path.Combine(DataContractTests.RepositoryRoot(), "data-samples"), Whole with { AsOf = null });

    [Theory]
    [InlineData("valid")]
    [InlineData("european")]
    [InlineData("mapped")]
    public void Load_Fixture_SameInHalves(string fixture)
    {
        using var folder = TempFolder.CopyOf($"Loading/Fixtures/{fixture}");
        var mapping = folder.File("mapping.json");

        AssertHalvesLoadAsWhole(folder.Path, File.Exists(mapping) ? Whole with { Mapping = ColumnMapping.FromJsonFile(mapping) } : Whole);
    }

    [Theory]
    [MemberData(nameof(RuleFixtures))]
    public void Load_InvoicesBreakingARule_SameInHalves(string file)
    {
        using var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Loading", "Fixtures", "rules", file), folder.File("invoices.csv"), overwrite: true);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    public static TheoryData<string> RuleFixtures() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Loading", "Fixtures", "rules"), "*.invoices.csv").Select(f => Path.GetFileName(f)).Order()];

    /// <summary>The valid fixture with <paramref name="invoices"/> for its invoices (the header and one line per row).</summary>
    private static TempFolder WithInvoices(string invoices, Encoding? encoding = null)
    {
        var folder = TempFolder.CopyOf("Loading/Fixtures/valid");
        File.WriteAllText(folder.File("invoices.csv"), invoices, encoding ?? new UTF8Encoding(false));
        return folder;
    }

    private static string Rows(int count, Func<int, string> row) => string.Concat(Enumerable.Range(1, count).Select(row));

    [Fact]
    public void Load_MiddleInsideAQuotedLineBreak_SameInHalves()
    {
        // Most of the bytes are quoted notes of three lines: the first line feed after the middle is inside one.
        var text = "invoice_id,customer_id,issued_on,due_on,amount,note\n"
            + Rows(41, i => $"I{i},C1,2025-01-05,2025-02-04,{i}.00,\"{new string('a', 60)}\n{new string('b', 60)}\n{new string('c', 60)}\"\n");
        var lineFeed = text.IndexOf('\n', text.Length / 2);
        Assert.True(text[..lineFeed].Count(c => c == '"') % 2 == 1, "the middle should fall inside a quoted note");
        using var folder = WithInvoices(text);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Load_LineBreaksOfEachKindWithBlankLines_SameInHalves(string lineBreak)
    {
        // Blank lines, rows of delimiters and a line break alone on a line count as lines: the second half's lines must too.
        var text = "invoice_id,customer_id,issued_on,due_on,amount" + lineBreak
            + Rows(60, i => $"I{i},C{i % 3 + 1},2025-01-{i % 28 + 1:00},2025-02-{i % 28 + 1:00},{i}.00{lineBreak}{(i % 7 == 0 ? lineBreak : "")}{(i % 11 == 0 ? ",,,," + lineBreak : "")}")
            + $"I61,C9,2025-01-05,2025-02-04,5.00{lineBreak}";
        using var folder = WithInvoices(text);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    [Fact]
    public void Load_IdsRepeatedAcrossTheMiddle_FirstRowKeptAsInOneGo()
    {
        // Rows of the second half repeat ids of the first: kept there, and (I3) rejected there for another reason too.
        var text = "invoice_id,customer_id,issued_on,due_on,amount\n"
            + Rows(40, i => $"I{i},C1,2025-01-05,2025-02-04,{i}.00\n")
            + "I2,C1,2025-01-05,2025-02-04,9.00\nI3,C1,2025-01-05,2025-01-01,9.00\nI41,C1,2025-01-05,2025-02-04,9.00\n"
            + Rows(40, i => $"J{i},C2,2025-01-05,2025-02-04,{i}.00\n");
        using var folder = WithInvoices(text);

        AssertHalvesLoadAsWhole(folder.Path);
        Assert.Equal(2, CollectionHistory.Load(folder.Path, Whole with { InvoiceHalvesFromBytes = 0 }).Quality.Issues.Count(i => i.Reason.StartsWith("duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_IdRejectedInTheFirstHalfAndKeptInTheSecond_SameInHalves()
    {
        var text = "invoice_id,customer_id,issued_on,due_on,amount\n" + "I1,C1,2025-01-05,2025-02-04,x\n"
            + Rows(40, i => $"K{i},C1,2025-01-05,2025-02-04,{i}.00\n") + "I1,C1,2025-01-05,2025-02-04,7.00\n" + Rows(40, i => $"L{i},C2,2025-01-05,2025-02-04,{i}.00\n");
        using var folder = WithInvoices(text);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    [Fact]
    public void Load_UnclosedQuoteBeforeTheMiddle_SameInHalves()
    {
        // The quote swallows the lines up to the end of the file; they are read again as rows of their own.
        var text = "invoice_id,customer_id,issued_on,due_on,amount,note\n" + Rows(10, i => $"I{i},C1,2025-01-05,2025-02-04,{i}.00,ok\n")
            + "I11,C1,2025-01-05,2025-02-04,11.00,\"never closed\n" + Rows(60, i => $"M{i},C2,2025-01-05,2025-02-04,{i}.00,ok\n");
        using var folder = WithInvoices(text);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    [Fact]
    public void Load_InvalidBytesInTheFirstHalfAndAReplacementCharacterInTheSecond_SameInHalves()
    {
        // Once invalid bytes are met, a U+FFFD in a value is damage: the second half must not judge it apart.
        var head = Encoding.UTF8.GetBytes("invoice_id,customer_id,issued_on,due_on,amount,currency\n" + Rows(5, i => $"I{i},C1,2025-01-05,2025-02-04,{i}.00,EUR\n"));
        byte[] invalid = [.. "I6,C1,2025-01-05,2025-02-04,6.00,E"u8, 0xFF, .. "R\n"u8];
        var tail = Encoding.UTF8.GetBytes(Rows(40, i => $"N{i},C2,2025-01-05,2025-02-04,{i}.00,EUR\n") + "N41,C2,2025-01-05,2025-02-04,1.00,E\uFFFDR\n" + Rows(5, i => $"O{i},C2,2025-01-05,2025-02-04,{i}.00,EUR\n"));
        using var folder = WithInvoices("");
        File.WriteAllBytes(folder.File("invoices.csv"), [.. head, .. invalid, .. tail]);

        AssertHalvesLoadAsWhole(folder.Path);
    }

    [Fact]
    public void Load_DatesSwappedAgainstTheFormatInBothHalves_StopsWithTheSameMessage()
    {
        var text = "invoice_id,customer_id,issued_on,due_on,amount\n" + Rows(60, i => $"I{i},C1,01/{i % 17 + 13}/2025,02/{i % 15 + 13}/2025,{i}.00\n");
        using var folder = WithInvoices(text);
        var options = Whole with { Mapping = new ColumnMapping { DateFormat = "dd/MM/yyyy" } };

        var whole = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, options));
        var halves = Assert.Throws<DataLoadException>(() => CollectionHistory.Load(folder.Path, options with { InvoiceHalvesFromBytes = 0 }));

        Assert.Equal(whole.Message, halves.Message);
        Assert.Contains("120 dates such as '01/14/2025'", halves.Message);
    }

    [Fact]
    public void Load_Utf16File_ReadInOneGoAndTheSame()
    {
        var text = "invoice_id,customer_id,issued_on,due_on,amount\n" + Rows(60, i => $"I{i},C{i % 3 + 1},2025-01-05,2025-02-04,{i}.00\n");
        using var folder = WithInvoices(text, Encoding.Unicode);

        AssertHalvesLoadAsWhole(folder.Path);
    }
}
