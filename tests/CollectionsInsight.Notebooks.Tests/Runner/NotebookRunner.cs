using System.Text.RegularExpressions;
using CollectionsInsight.Domain;
using CollectionsInsight.Reporting.Charts;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CollectionsInsight.Notebooks.Tests.Runner;

/// <summary>
/// Executes the code cells of a Polyglot notebook in order, as the .NET Interactive C# kernel would, against
/// the assemblies of the current build: each cell continues the state of the one before, <c>#r "nuget: ..."</c>
/// and <c>#i "nuget: ..."</c> lines are answered by the already-loaded CollectionsInsight and
/// CollectionsInsight.Reporting assemblies, and <c>display(...)</c> output becomes the cell's outputs.
/// </summary>
public sealed partial class NotebookRunner
{
    /// <summary>The namespaces the kernel's C# cells import by default.</summary>
    private static readonly string[] DefaultImports =
        ["System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(typeof(CollectionHistory).Assembly, typeof(Chart).Assembly, typeof(NotebookGlobals).Assembly)
        .AddImports(DefaultImports);

    private readonly string _workingDirectory;

    /// <param name="workingDirectory">The current directory while cells run (the repository root for the notebooks).</param>
    public NotebookRunner(string workingDirectory) => _workingDirectory = workingDirectory;

    /// <summary>
    /// Runs every code cell of the notebook at <paramref name="path"/> and returns the notebook with the outputs and
    /// execution counts (1, 2, ... per code cell) of this run. <paramref name="name"/> is how errors name it.
    /// </summary>
    /// <exception cref="NotebookExecutionException">A cell did not compile or threw.</exception>
    public async Task<Notebook> RunAsync(string path, string name)
    {
        var notebook = Notebook.Load(path);
        var globals = new NotebookGlobals();
        ScriptState<object>? state = null;
        var executionCount = 0;
        Directory.SetCurrentDirectory(_workingDirectory);
        for (var cell = 0; cell < notebook.CellCount; cell++)
        {
            if (notebook.CellType(cell) != "code") continue;
            executionCount++;
            var code = WithoutPackageDirectives(notebook.Source(cell));
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, Options, globals)
                    : await state.ContinueWithAsync(code, Options);
            }
            catch (CompilationErrorException e)
            {
                throw new NotebookExecutionException(name, cell + 1, string.Join(Environment.NewLine, e.Diagnostics), e);
            }
            catch (Exception e)
            {
                throw new NotebookExecutionException(name, cell + 1, $"{e.GetType().FullName}: {e.Message}", e);
            }
            var outputs = globals.TakeOutputs();
            if (state.ReturnValue is { } value) outputs.Add(NotebookOutput.ExecuteResult(value, executionCount));
            notebook.SetOutputs(cell, executionCount, outputs);
        }
        return notebook;
    }

    /// <summary>Blanks the package lines (keeping line numbers, so errors point at the notebook's lines).</summary>
    internal static string WithoutPackageDirectives(string source) => PackageDirective().Replace(source, "");

    [GeneratedRegex("""^[ \t]*#[ri][ \t]+"nuget:[^\r\n]*""", RegexOptions.Multiline)]
    private static partial Regex PackageDirective();
}
