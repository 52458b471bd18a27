using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Synthetic;

namespace CollectionsInsight.Tests.Loading;

public class DataContractTests
{
    [Fact]
    public void DocsTable_MatchesTheContract_FileByFileColumnByColumn()
    {
        var contracts = DataContract.Files.Append<FileContract>(GroundTruthFile.Columns);
        var expected = contracts.SelectMany(f => f.Columns.Select(c => $"{f.FileName} {c.Name} {c.Type.ToWord()} {(c.Required ? "yes" : "no")}"));

        Assert.Equal(expected, DocumentedColumns(Path.Combine(RepositoryRoot(), "data-samples", "README.md")));
    }

    [Fact]
    public void Contract_ColumnNamesAreUniqueWithinEachFile()
    {
        foreach (var file in DataContract.Files.Append<FileContract>(GroundTruthFile.Columns))
            Assert.Equal(file.Header.Count, file.Header.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void ColumnMapping_Entities_AreTheContractsFiles()
    {
        Assert.Equal(["customers", "invoices", "payments", "contact_attempts"], ColumnMapping.Entities);
    }

    [Fact]
    public void DocsTable_UsualColumnNames_AreTheLoaders()
    {
        // "amount (invoices)" is the entity's own entry, invoices.amount.
        var documented = DocumentedNames("| column | usual names |", ", ", "; ")
            .Select(d => (Key: d.Key.EndsWith(')') ? $"{d.Key[(d.Key.IndexOf('(') + 1)..^1]}.{d.Key[..d.Key.IndexOf(' ')]}" : d.Key, d.Names));

        Assert.Equal(UsualColumnNames.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}: {string.Join(", ", n.Value)}"),
            documented.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}: {string.Join(", ", d.Names)}"));
    }

    [Fact]
    public void DocsTable_WordsCollectionSystemsWrite_AreTheLoaders()
    {
        var documented = DocumentedNames("| contract word | also read as |", " / ", " / ");

        Assert.Equal(ExportWords.OtherNames.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}: {string.Join(", ", n.Value)}"),
            documented.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}: {string.Join(", ", d.Names)}"));
    }

    /// <summary>
    /// The rows of the data-samples README's table under <paramref name="header"/>: a row may name several keys, split by
    /// <paramref name="keys"/>, each with its group of the second cell, split by <paramref name="groups"/>; names are split by commas.
    /// </summary>
    private static IEnumerable<(string Key, string[] Names)> DocumentedNames(string header, string keys, string groups)
    {
        var readme = Path.Combine(RepositoryRoot(), "data-samples", "README.md");
        foreach (var line in File.ReadLines(readme).SkipWhile(l => !l.StartsWith(header, StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Replace("`", "").Split('|')[1..^1].Select(c => c.Trim()).ToArray();
            var (named, grouped) = (cells[0].Split(keys), cells[1].Split(groups));
            Assert.True(named.Length == grouped.Length, $"the row '{line}' has {grouped.Length} groups of names for {named.Length} keys");
            for (var i = 0; i < named.Length; i++)
                yield return (named[i], grouped[i].Split(", "));
        }
    }

    /// <summary>
    /// The rows of the data-contract table as "file column type required", one per column: a row may list several
    /// columns ("name, segment") with one type for all or one each ("date, decimal"); an empty file cell continues
    /// the file above.
    /// </summary>
    private static IEnumerable<string> DocumentedColumns(string readme)
    {
        var file = "";
        foreach (var line in File.ReadLines(readme).SkipWhile(l => !l.StartsWith("| file | column |", StringComparison.Ordinal)).Skip(2))
        {
            if (!line.StartsWith('|')) yield break;
            var cells = line.Split('|')[1..^1].Select(c => c.Trim()).ToArray();
            if (cells[0].Length > 0) file = cells[0];
            var names = cells[1].Split(", ");
            var types = cells[2].Split(", ");
            Assert.True(types.Length == 1 || types.Length == names.Length, $"the row '{line}' has {types.Length} types for {names.Length} columns");
            for (var i = 0; i < names.Length; i++)
                yield return $"{file} {names[i]} {types[types.Length == 1 ? 0 : i]} {cells[3]}";
        }
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CollectionsInsight.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException("no CollectionsInsight.sln above the test's folder");
    }
}
