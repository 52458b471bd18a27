using System.Diagnostics;
using BenchmarkDotNet.Running;
using CollectionsInsight.Benchmarks;

// Scale measurements run each task in a fresh child process so that its peak memory is its own.
return args switch
{
    ["scale", var task, .. var rest] => ScaleRun.Compare(task, rest.Length > 0 ? int.Parse(rest[0]) : 50_000),
    ["task", var task, var folder] => ScaleRun.RunTask(task, folder),
    ["csv", var folder] => CsvReaders.Run(folder),
    ["duckdb", .. var rest] => DuckDbComparison.Run(rest.Length > 0 ? int.Parse(rest[0]) : 50_000),
    ["micro", .. var rest] => RunMicro(rest),
    ["recommender", .. var rest] => RecommenderEvaluation.Run(rest),
    ["worlds", .. var rest] => WorldsTable.Run(rest),
    ["--help" or "-h" or "-?"] => Usage(Console.Out, 0),
    _ => Usage(Console.Error, 1),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(rest);
    return 0;
}

static int Usage(TextWriter output, int exitCode)
{
    output.WriteLine("""
        usage:
          scale TASK [CUSTOMERS]   generate CUSTOMERS and 2 x CUSTOMERS (default 50,000: about 0.9M invoices,
                                   0.9M payments, 0.9M contact attempts), run TASK on each in a fresh process,
                                   print seconds, peak memory and the time ratio
          task TASK FOLDER         run one TASK on FOLDER and print its figures
          duckdb [CUSTOMERS]       analyze's core (lifetime channel-mix summary, monthly sales, AR and DSO) against the
                                   same in DuckDB SQL on generate --customers CUSTOMERS --seed 7 (default 50,000):
                                   both times, their ratio, and whether they agree
          csv FOLDER               the raw speed of the loader's tokenizer, CsvHelper, Sep and Sylvan.Data.Csv on the folder's four files
          micro [BenchmarkDotNet arguments]   BenchmarkDotNet benchmarks on data-samples
          recommender [regret|ceiling|groups|null|speed] [--world NAME] [--episodes N] [--seed N] [--exploration X] [--learners auto|all]; recommender ceiling --data DIR
                                   the channel model against the ground truth of the generator's worlds
                                   (regret and ceiling: every world but null, about 20,000 episodes, seeds 1-3)
          worlds [CUSTOMERS] [SEED]   per generated world (default 2,500 customers, seed 1): the oracle against
                                   always phone / email / both, who is best with what, and the book's DSO and lateness;
          worlds --data DIR           the same for a folder with its ground_truth.csv from any generator
        tasks: 
        """ + string.Join(", ", ScaleRun.Tasks.Keys));
    return exitCode;
}

namespace CollectionsInsight.Benchmarks
{
    internal static class ScaleRun
    {
        /// <summary>The measurable tasks: each takes a data folder and returns a one-line summary of what it did.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string, string>> Tasks = new Dictionary<string, Func<string, string>>
        {
            ["load"] = Measured.Load,
            ["analyze"] = Measured.Analyze,
            ["report"] = Measured.Report,
            ["report-with-model"] = Measured.ReportWithModel,
            ["charts"] = Measured.Charts,
            ["worklist-sheet-500k"] = Measured.WorklistSheet,
            ["train"] = Measured.Train,
            ["recommend"] = Measured.Recommend,
        };

        public static int Compare(string task, int customers)
        {
            if (!Tasks.ContainsKey(task)) return Fail($"unknown task '{task}'");
            var times = new List<double>();
            foreach (var size in new[] { customers, 2 * customers })
            {
                var folder = Path.Combine(Path.GetTempPath(), "collections-insight-bench", $"customers-{size}");
                if (!File.Exists(Path.Combine(folder, "ground_truth.csv")))
                {
                    Console.WriteLine($"generating {size:N0} customers into {folder} ...");
                    CollectionsInsight.Synthetic.DataGenerator.WriteTo(folder, new CollectionsInsight.Synthetic.GeneratorOptions { Customers = size });
                }
                var start = Stopwatch.GetTimestamp();
                if (InFreshProcess(task, folder) is var code and not 0) return Fail($"task failed with exit code {code}");
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            Console.WriteLine($"time ratio 2x data / 1x data (whole process): {times[1] / times[0]:0.00}");
            return 0;
        }

        /// <summary>Runs <paramref name="task"/> on <paramref name="folder"/> in a fresh process, so its peak memory is its own; its exit code.</summary>
        public static int InFreshProcess(string task, string folder)
        {
            using var child = Process.Start(new ProcessStartInfo("dotnet", [typeof(ScaleRun).Assembly.Location, "task", task, folder])
            {
                RedirectStandardOutput = true,
            })!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
            return child.ExitCode;
        }

        public static int RunTask(string task, string folder)
        {
            if (!Tasks.TryGetValue(task, out var run)) return Fail($"unknown task '{task}'");
            var start = Stopwatch.GetTimestamp();
            var summary = run(folder);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            using var self = Process.GetCurrentProcess();
            // CPU seconds and GC pauses alongside the wall time: on a shared machine they vary less.
            Console.WriteLine($"{task} {Path.GetFileName(folder)}: {seconds:0.00} s, {self.TotalProcessorTime.TotalSeconds:0.00} s CPU, "
                + $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB allocated, peak working set {self.PeakWorkingSet64 / (1024.0 * 1024 * 1024):0.00} GiB; {summary}");
            return 0;
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine(message);
            return 1;
        }
    }
}
