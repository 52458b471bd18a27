namespace CollectionsInsight.Cli.Tests;

/// <summary>Runs the console in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => OnConsoleOf(null, args);

    /// <summary>Runs the console as if on a terminal <paramref name="width"/> columns wide (null: the redirected default).</summary>
    public static CliRun OnConsoleOf(int? width, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error, interactive: false, width);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CollectionsInsight.sln"))) return folder.FullName;
        throw new InvalidOperationException($"CollectionsInsight.sln not found above {AppContext.BaseDirectory}");
    }

    public static string SampleData => System.IO.Path.Combine(RepositoryRoot(), "data-samples");

    private static readonly Lazy<string> Model = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ci-cli-sample-model-" + Guid.NewGuid().ToString("N") + ".json");
        var run = Of("train", "--data", SampleData, "--model", path, "--learner", "linear");
        if (run.ExitCode != 0) throw new InvalidOperationException(run.Error);
        return path;
    });

    /// <summary>A linear channel model trained once on data-samples, so report tests need not train the default (slower) one each time.</summary>
    public static string SampleModel => Model.Value;
}
