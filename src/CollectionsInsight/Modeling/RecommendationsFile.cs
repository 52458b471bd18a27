using CollectionsInsight.Domain;
using CollectionsInsight.IO;

namespace CollectionsInsight.Modeling;

/// <summary>recommendations.csv, written by <c>recommend</c> and <c>report</c>. Column names are stable: scripts read them.</summary>
public static class RecommendationsFile
{
    /// <summary>The file's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "customer_id", "invoice_id", "recommended_channel", "runner_up", "p_paid_phone", "p_paid_email", "p_paid_both",
        "current_practice", "expected_gain", "confidence", "reasons",
    ];

    /// <summary>Writes one row per recommendation, completely or not at all.</summary>
    public static void Write(string path, IEnumerable<ChannelRecommendation> recommendations) =>
        CsvOutput.Write(path, Columns, recommendations.Select(Row));

    /// <summary>One recommendation's cells under <see cref="Columns"/> (the Excel report shows the same cells).</summary>
    public static IReadOnlyList<object?> Row(ChannelRecommendation r) =>
    [
        r.CustomerId, r.InvoiceId, r.Channel.ToWord(), r.RunnerUp?.ToWord(), r.PPaid.Phone, r.PPaid.Email, r.PPaid.Both,
        r.CurrentPractice, r.ExpectedGain, r.LowConfidence ? "low" : "high", string.Join("; ", r.Reasons),
    ];
}
