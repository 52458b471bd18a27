using CollectionsInsight.IO;

namespace CollectionsInsight.Tests.IO;

public class AtomicOutputTests
{
    // A process id no process has: side folders named with it belong to a run that was killed.
    private const int DeadProcess = int.MaxValue;

    [Fact]
    public void ReplaceFolder_WhereNoFolderCanBe_FailsNamingTheTargetNotItsStaging()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("report.txt"), "a file, not a folder");
        var output = temp.File("report.txt/out");

        var error = Assert.Throws<IOException>(() => AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "x"))));

        Assert.StartsWith(output + ": cannot be written: ", error.Message);
    }

    [Fact]
    public void ReplaceFolder_ALinkToAFolder_FillsTheFolderAndKeepsTheLink()
    {
        using var temp = new TempFolder();
        var target = temp.File("shared/report");
        AtomicOutput.ReplaceFolder(target, staging => Write(staging, ("a.csv", "old")));
        var link = temp.File("report");
        Directory.CreateSymbolicLink(link, target);

        AtomicOutput.ReplaceFolder(link, staging => Write(staging, ("a.csv", "new")));

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.csv")));
    }

    [Fact]
    public void WriteText_NewFileInANewFolder_Written()
    {
        using var temp = new TempFolder();
        var path = temp.File("new/worklist.csv");

        AtomicOutput.WriteText(path, writer => writer.Write("rows"));

        Assert.Equal("rows", File.ReadAllText(path));
        Assert.Equal(["worklist.csv"], Directory.GetFileSystemEntries(temp.File("new")).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteText_ToALink_ReplacesTheFileItPointsToAndKeepsTheLink()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("shared"));
        var target = temp.File("shared/worklist.csv");
        File.WriteAllText(target, "old");
        var link = temp.File("worklist.csv");
        File.CreateSymbolicLink(link, target);

        AtomicOutput.WriteText(link, writer => writer.Write("new"));

        Assert.Equal(target, File.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void ReplaceFolder_EarlierRunWroteMoreFiles_OnlyThisRunsFilesRemain()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");
        AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "old"), ("charts/policy-values.svg", "old")));

        AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "new"), ("charts/dso.svg", "new")));

        Assert.Equal(["a.csv", "charts/dso.svg"], Files(output));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "a.csv")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceFolder_FillFails_FolderUnchangedAndNoStagingLeft()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");
        AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "old")));

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.ReplaceFolder(output, staging =>
        {
            Write(staging, ("a.csv", "half"));
            throw new InvalidOperationException("killed");
        }));

        Assert.Equal(["a.csv"], Files(output));
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "a.csv")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceFolder_FolderWithSomeoneElsesFiles_RefusedAndUntouched()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "customers.csv"), "mine");

        var error = Assert.Throws<IOException>(() => AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "new"))));

        Assert.Contains("not empty and was not written by collections-insight", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "customers.csv")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceFolder_ParentFolderMissing_CreatesIt()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports", "2025-06", "out");

        AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "new")));

        Assert.Equal(["a.csv"], Files(output));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "reports", "2025-06")).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceFolder_EmptyExistingFolder_Replaced()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;

        AtomicOutput.ReplaceFolder(output, staging => Write(staging, ("a.csv", "new")));

        Assert.Equal(["a.csv"], Files(output));
    }

    [Fact]
    public void ReplaceFolder_StagingLeftByKilledRun_Removed()
    {
        using var temp = new TempFolder();
        var stale = Directory.CreateDirectory(temp.File($".out.{DeadProcess}.0123.staging")).FullName;
        File.WriteAllText(Path.Combine(stale, "a.csv"), "half");

        AtomicOutput.ReplaceFolder(temp.File("out"), staging => Write(staging, ("a.csv", "new")));

        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceFolder_KilledBetweenTheTwoRenames_NextRunRestoresTheOldFolderFirst()
    {
        using var temp = new TempFolder();
        var moved = Directory.CreateDirectory(temp.File($".out.{DeadProcess}.0123.previous")).FullName;
        File.WriteAllText(Path.Combine(moved, "a.csv"), "old");
        File.WriteAllBytes(Path.Combine(moved, AtomicOutput.OutputMark), []);

        Assert.Throws<InvalidOperationException>(() =>
            AtomicOutput.ReplaceFolder(temp.File("out"), _ => throw new InvalidOperationException("fails")));

        Assert.Equal("old", File.ReadAllText(temp.File(Path.Combine("out", "a.csv"))));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteFolder_FolderWithOtherFiles_AddsItsFilesAndKeepsTheOthers()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("README.md"), "mine");

        AtomicOutput.WriteFolder(temp.Path, staging => Write(staging, ("a.csv", "new")));

        Assert.Equal(["README.md", "a.csv"], Files(temp.Path));
    }

    private static void Write(string folder, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>The folder's files, relative, with '/' separators, without the output mark.</summary>
    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != AtomicOutput.OutputMark)
            .Order(StringComparer.Ordinal).ToArray();
}
