namespace CollectionsInsight.Benchmarks;

/// <summary>What one <see cref="ExcelWorkload.Measure"/> run cost.</summary>
/// <param name="Rows">Data rows written.</param>
/// <param name="Elapsed">Wall-clock time of the write.</param>
/// <param name="AllocatedBytes">Bytes allocated by this thread during the write (garbage included).</param>
/// <param name="FileBytes">Size of the written .xlsx.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set after the write (includes everything before it).</param>
internal sealed record ExcelWorkloadMeasurement(int Rows, TimeSpan Elapsed, long AllocatedBytes, long FileBytes, long PeakWorkingSetBytes);
