using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Training rows, oldest episode first: features (from the history before each episode's start), the channel
/// used in the first days of the episode (phone, email or both) and whether it was paid within the horizon.
/// </summary>
internal sealed class TrainingSet
{
    internal TrainingSet(FeatureMatrix x, ChannelMix[] treatments, float[] outcomes, string[] invoiceIds, DateOnly[] startedOn)
    {
        X = x;
        Treatments = treatments;
        Outcomes = outcomes;
        InvoiceIds = invoiceIds;
        StartedOn = startedOn;
    }

    public FeatureMatrix X { get; }
    public ChannelMix[] Treatments { get; }
    public float[] Outcomes { get; }
    public string[] InvoiceIds { get; }
    public DateOnly[] StartedOn { get; }
    public int Count => Treatments.Length;

    /// <summary>
    /// Episodes with a phone, email or both window whose horizon ended by <paramref name="asOf"/>. Younger episodes
    /// are left out even when already paid: keeping only their quick payers would bias the newest labels upwards.
    /// </summary>
    public static TrainingSet Build(CollectionHistory history, DateOnly asOf, int windowDays, int horizonDays, FeatureBuilder features)
    {
        var episodes = CollectionEpisode.BuildAll(history, asOf, windowDays)
            .Where(e => e.StartedOn is { } start && start.AddDays(horizonDays) <= asOf
                        && e.EpisodeMix is ChannelMix.Phone or ChannelMix.Email or ChannelMix.Both)
            .OrderBy(e => e.StartedOn!.Value).ThenBy(e => e.Invoice.Invoice.InvoiceId, StringComparer.Ordinal)
            .ToArray();
        var efforts = episodes.Select(e =>
        {
            var start = e.StartedOn!.Value;
            var invoice = e.Invoice.Invoice;
            return (new HistoryBefore(history, start), new Effort(invoice.CustomerId, invoice.Amount, start.DayNumber - invoice.DueOn.DayNumber));
        }).ToArray();
        return new TrainingSet(
            features.Matrix(efforts),
            episodes.Select(e => e.EpisodeMix).ToArray(),
            episodes.Select(e => e.PaidWithin(horizonDays) == true ? 1f : 0f).ToArray(),
            episodes.Select(e => e.Invoice.Invoice.InvoiceId).ToArray(),
            episodes.Select(e => e.StartedOn!.Value).ToArray());
    }

    /// <summary>The rows at the given indices, in that order.</summary>
    public TrainingSet Rows(IReadOnlyList<int> rows) => new(
        SelectRows(X, rows),
        rows.Select(i => Treatments[i]).ToArray(),
        rows.Select(i => Outcomes[i]).ToArray(),
        rows.Select(i => InvoiceIds[i]).ToArray(),
        rows.Select(i => StartedOn[i]).ToArray());

    public TrainingSet Range(int from, int count) => Rows(Enumerable.Range(from, count).ToArray());

    public static FeatureMatrix SelectRows(FeatureMatrix x, IReadOnlyList<int> rows)
    {
        var values = new float[rows.Count * x.Columns];
        for (var r = 0; r < rows.Count; r++)
            x.Values.Slice(rows[r] * x.Columns, x.Columns).CopyTo(values.AsSpan(r * x.Columns, x.Columns));
        return new FeatureMatrix(rows.Count, x.ColumnNames, values);
    }
}
