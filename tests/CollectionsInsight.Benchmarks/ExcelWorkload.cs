using System.Diagnostics;
using CollectionsInsight.Reporting.Excel;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// A deterministic worklist-shaped sheet of any size, for benchmarks of <see cref="WorkbookWriter"/> (the
/// benchmarks call <see cref="Sheet"/> inside its measured method, or <see cref="Measure"/> for a quick
/// BenchmarkDotNet-free figure). Rows are generated lazily, so the workload itself holds no memory.
/// </summary>
/// <remarks>
/// Measured on the 2-core shared build machine (Release, .NET 10, 500,000 rows × 8 columns, one run, other
/// builds running): see docs/excel-writer.md. Memory stays flat with the row count because rows stream
/// into the zip entry; only the first 100 rows are held (to size columns).
/// </remarks>
internal static class ExcelWorkload
{
    private static readonly string[] Segments = ["SMB", "MidMarket", "Enterprise", "Public"];
    private static readonly string[] Channels = ["phone", "email", "both"];

    /// <summary>A worklist-like table: id, name, segment, channel, open amount, days overdue, probability, next action date.</summary>
    public static ExcelSheet Sheet(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ExcelColumn[] columns =
        [
            new("Customer"), new("Name"), new("Segment"), new("Recommended channel"),
            new("Open amount", ExcelColumnKind.Money), new("Days overdue", ExcelColumnKind.Days),
            new("Paid within 30 days", ExcelColumnKind.Percent), new("Next action", ExcelColumnKind.Date),
        ];
        return ExcelSheet.Table("Worklist", columns, Rows(rows));
    }

    /// <summary>Writes <see cref="Sheet"/> with <paramref name="rows"/> rows to <paramref name="path"/> and reports time, allocations and size.</summary>
    public static ExcelWorkloadMeasurement Measure(string path, int rows)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        WorkbookWriter.Write(path, [Sheet(rows)]);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        return new ExcelWorkloadMeasurement(rows, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated,
            new FileInfo(path).Length, process.PeakWorkingSet64);
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(int count)
    {
        var start = new DateOnly(2025, 7, 1);
        var state = 12345u;
        for (var i = 0; i < count; i++)
        {
            state = state * 1664525u + 1013904223u; // LCG: deterministic and allocation-free
            var r = state >> 8;
            yield return
            [
                $"C{i:D7}", $"Customer {i} B.V.", Segments[r % 4], Channels[r % 3],
                (decimal)(r % 10_000_000) / 100m, (r % 1200) / 10.0, (r % 1000) / 1000.0, start.AddDays((int)(r % 60)),
            ];
        }
    }
}
