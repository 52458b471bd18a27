using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// Runs the code cells of a Polyglot notebook in order in the .NET Interactive kernel, set up as the dotnet-interactive
/// tool behind VS Code and Jupyter sets it up (a C# kernel with <c>#r "nuget:"</c>, <c>#i "nuget:"</c> and the kernel
/// helpers such as <c>display</c>, inside a composite kernel), started in the notebook's folder. The cells run exactly
/// as written; what a cell displays, returns or writes becomes its outputs.
/// </summary>
public static class NotebookRunner
{
    /// <summary>
    /// Runs every code cell of the notebook at <paramref name="path"/> in a fresh kernel and returns the notebook
    /// with the outputs and execution counts (1, 2, ... per code cell) of this run. <paramref name="name"/> is how
    /// errors name it.
    /// </summary>
    /// <exception cref="NotebookExecutionException">A cell did not compile or threw.</exception>
    public static async Task<Notebook> RunAsync(string path, string name)
    {
        var notebook = Notebook.Load(path);
        NuGetCache.UseFresh();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var kernel = CreateKernel();
        var executionCount = 0;
        for (var cell = 0; cell < notebook.CellCount; cell++)
        {
            if (notebook.CellType(cell) != "code") continue;
            executionCount++;
            var result = await kernel.SendAsync(new SubmitCode(notebook.Source(cell)));
            if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
                throw new NotebookExecutionException(name, cell + 1, failed.Message, failed.Exception);
            notebook.SetOutputs(cell, executionCount, result.Events.SelectMany(e => Outputs(e, executionCount)));
        }
        return notebook;
    }

    private static CompositeKernel CreateKernel()
    {
        // forceRestore: restore each run rather than reuse an earlier run's result, which may name an older build.
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            }, forceRestore: true)
            .UseKernelHelpers();
        return new CompositeKernel { csharp };
    }

    // The restore's progress display is left out: it names this machine's package folder and counts time.
    private static IEnumerable<JsonObject> Outputs(KernelEvent e, int executionCount) => e switch
    {
        ReturnValueProduced value => [Output("execute_result", value.FormattedValues, executionCount)],
        DisplayedValueProduced { Value: InstallPackagesMessage } => [],
        DisplayedValueProduced value => [Output("display_data", value.FormattedValues, null)],
        StandardOutputValueProduced text => [Stream("stdout", text.FormattedValues)],
        StandardErrorValueProduced text => [Stream("stderr", text.FormattedValues)],
        _ => [],
    };

    private static JsonObject Output(string type, IReadOnlyCollection<FormattedValue> values, int? executionCount)
    {
        var data = new JsonObject();
        foreach (var value in values.OrderBy(v => v.MimeType, StringComparer.Ordinal))
            data[value.MimeType] = Notebook.Lines(value.Value);
        var output = new JsonObject { ["data"] = data };
        if (executionCount is { } count) output["execution_count"] = count;
        output["metadata"] = new JsonObject();
        output["output_type"] = type;
        return output;
    }

    private static JsonObject Stream(string name, IReadOnlyCollection<FormattedValue> values) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = Notebook.Lines(string.Concat(values.Select(v => v.Value))),
    };
}
