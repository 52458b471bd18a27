using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Reporting.Report;

/// <summary>What a <see cref="ReportBundle"/> is built from besides the data folder.</summary>
public sealed record ReportBundleOptions
{
    /// <summary>Measure as of this date; null: the latest date in the data (see <see cref="AsOfChoice"/>).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>A model file written by <c>train</c>; null: train one on the data with default options.</summary>
    public string? ModelFile { get; init; }

    /// <summary>Mask contact names, phone numbers and emails in every output file.</summary>
    public bool MaskPii { get; init; }

    /// <summary>Months in each DSO period: 1 for a monthly DSO, 3 for quarterly.</summary>
    public int DsoPeriodMonths { get; init; } = new ChannelEffectivenessOptions().DsoPeriodMonths;

    /// <summary>How the export's files and columns map to the data contract; null: the contract's own names.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>Today, for data without any date of its own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
