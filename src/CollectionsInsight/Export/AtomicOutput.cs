namespace CollectionsInsight.Export;

/// <summary>
/// Writes output files completely or not at all: content goes to a temporary file beside the target,
/// which replaces the target only once it is complete.
/// </summary>
public static class AtomicOutput
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any exception the old file (if any) stays.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
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
    }

    /// <summary>Writes a text file (UTF-8 without BOM, '\n' line ends) completely or not at all.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });

    /// <summary>
    /// Fills a folder completely or not at all: <paramref name="fill"/> writes into a fresh staging folder
    /// beside <paramref name="folder"/>; on success the staged files replace their namesakes in the folder
    /// (other files there are left alone); on failure nothing in the folder changes.
    /// </summary>
    public static void WriteFolder(string folder, Action<string> fill)
    {
        var full = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.staging");
        Directory.CreateDirectory(staging);
        try
        {
            fill(staging);
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
    }
}
