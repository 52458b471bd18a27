using System.Diagnostics;

namespace CollectionsInsight.IO;

/// <summary>
/// Writes output files and folders completely or not at all: content goes to a temporary file or folder
/// beside the target, which takes the target's place only once it is complete.
/// </summary>
public static class AtomicOutput
{
    /// <summary>
    /// Marks a folder written by <see cref="ReplaceFolder"/>: only an empty folder or one with this mark is
    /// replaced, so a mistyped <c>--out</c> never deletes a folder of someone's own files.
    /// </summary>
    public const string OutputMark = ".collections-insight-output";

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any exception the old file (if any) stays.</summary>
    public static void WriteFile(string path, Action<Stream> write) => NamingTarget(path, () =>
    {
        var full = Target(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    });

    /// <summary>
    /// The full path of what is to be written; a symbolic link stays a link, and the file or folder it points to is the
    /// one written, as writing beside the link and renaming over it would replace the link instead.
    /// </summary>
    private static string Target(string path)
    {
        var full = new FileInfo(Path.GetFullPath(path));
        return full.LinkTarget is null ? full.FullName : full.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full.FullName;
    }

    /// <summary>
    /// Runs an output step so that a failure of the file system names what was to be written: its own message may name
    /// only the temporary file or folder beside it.
    /// </summary>
    private static void NamingTarget(string target, Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !e.Message.StartsWith(Path.GetFullPath(target), StringComparison.Ordinal))
        {
            throw new IOException($"{Path.GetFullPath(target)}: cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Writes a text file (UTF-8 without BOM, '\n' line ends) completely or not at all.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        WriteFile(path, stream =>
        {
            using var writer = OpenTextWriter(stream, leaveOpen: true);
            write(writer);
        });

    /// <summary>The text writer of every text file written here: UTF-8 without BOM, '\n' line ends, a 64K buffer.</summary>
    internal static StreamWriter OpenTextWriter(Stream stream, bool leaveOpen) =>
        new(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen) { NewLine = "\n" };

    /// <summary>
    /// Fills a folder completely or not at all, adding to what is there: <paramref name="fill"/> writes into a
    /// fresh staging folder beside <paramref name="folder"/>; on success the staged files replace their namesakes
    /// in the folder (other files there are left alone, e.g. a README beside generated data); on failure nothing
    /// in the folder changes.
    /// </summary>
    public static void WriteFolder(string folder, Action<string> fill) => NamingTarget(folder, () =>
    {
        var full = Target(folder);
        var staging = Stage(full, fill);
        try
        {
            Directory.CreateDirectory(full);
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(full, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    });

    /// <summary>
    /// Replaces a folder as a whole: <paramref name="fill"/> writes into a staging folder beside it, which is
    /// swapped in with two directory renames (the old folder moves aside, the new one takes its name), and only
    /// then is the old folder deleted. Afterwards the folder holds exactly what this run wrote; on failure it is
    /// unchanged. If a run is killed between the two renames, the next run puts the old folder back first.
    /// An existing folder is replaced only when it is empty or was written here before (<see cref="OutputMark"/>).
    /// </summary>
    public static void ReplaceFolder(string folder, Action<string> fill) => NamingTarget(folder, () =>
    {
        var full = Target(folder);
        Recover(full);
        RequireReplaceable(full);
        var staging = Stage(full, path =>
        {
            fill(path);
            File.WriteAllBytes(Path.Combine(path, OutputMark), []);
        });
        var previous = SideName(full, "previous");
        try
        {
            if (Directory.Exists(full)) Directory.Move(full, previous);
            try
            {
                Directory.Move(staging, full);
            }
            catch
            {
                if (Directory.Exists(previous)) Directory.Move(previous, full);
                throw;
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        try
        {
            if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
        catch (IOException)
        {
            // The new folder is in place; the next run removes what is left of the old one.
        }
    });

    /// <summary>
    /// Refuses a folder <see cref="ReplaceFolder"/> would refuse: one that is not empty and was not written here before.
    /// Commands call it before their work, so that a wrong folder is refused at once, not after minutes of it.
    /// </summary>
    /// <exception cref="IOException">The folder holds files this program did not write.</exception>
    public static void RequireReplaceable(string folder)
    {
        var full = Target(folder);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, OutputMark)))
            throw new IOException($"{full}: the folder is not empty and was not written by collections-insight; give an empty or new folder so that none of your files is replaced");
    }

    /// <summary>Runs <paramref name="fill"/> into a fresh staging folder beside <paramref name="full"/>; deletes it on failure.</summary>
    private static string Stage(string full, Action<string> fill)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        RemoveStale(full, "staging");
        var staging = SideName(full, "staging");
        Directory.CreateDirectory(staging);
        try
        {
            fill(staging);
            return staging;
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Undoes what a killed run left beside the folder: a previous folder moved aside but not replaced comes
    /// back; one that was replaced is deleted.
    /// </summary>
    private static void Recover(string full)
    {
        foreach (var previous in Stale(full, "previous").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(full)) Directory.Move(previous, full);
            else Directory.Delete(previous, recursive: true);
        }
    }

    private static void RemoveStale(string full, string kind)
    {
        foreach (var stale in Stale(full, kind)) Directory.Delete(stale, recursive: true);
    }

    /// <summary>
    /// Side folders of <paramref name="full"/> left by runs that are no longer running (their process id is in the name);
    /// none where the parent folder does not exist yet.
    /// </summary>
    private static string[] Stale(string full, string kind)
    {
        var parent = Path.GetDirectoryName(full)!;
        return Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent, $".{Path.GetFileName(full)}.*.{kind}").Where(path => !IsRunning(OwnerOf(path))).ToArray()
            : [];
    }

    // .name.<pid>.<guid>.kind: the process id tells a stale folder from one a concurrent run is still writing.
    private static string SideName(string full, string kind) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.{kind}");

    private static int? OwnerOf(string path)
    {
        var parts = Path.GetFileName(path).Split('.');
        return parts.Length >= 4 && int.TryParse(parts[^3], out var pid) ? pid : null;
    }

    private static bool IsRunning(int? pid)
    {
        if (pid is not { } id) return false;
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
