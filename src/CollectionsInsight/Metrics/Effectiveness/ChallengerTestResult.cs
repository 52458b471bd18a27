using CollectionsInsight.Domain;
using MathNet.Numerics.Distributions;

namespace CollectionsInsight.Metrics;

/// <summary>
/// The outcome of a champion/challenger test, compared by the channel each customer was drawn, whatever collectors then
/// did (intention to treat): the draw is random, so the arms differ only by chance and by the channel they were drawn.
/// </summary>
/// <param name="Design">The test as run.</param>
/// <param name="HorizonDays">H: an invoice counts as paid when settled within H days of its due date.</param>
/// <param name="Arms">The three drawn channels, the champion, all challengers together, then the differences between
/// the drawn channels and between the champion and the challengers.</param>
public sealed record ChallengerTestResult(ChallengerTestDesign Design, int HorizonDays, IReadOnlyList<ChallengerArm> Arms)
{
    private static readonly ChannelMix[] Drawn = [ChannelMix.Phone, ChannelMix.Email, ChannelMix.Both];

    /// <summary>The test's arms in <paramref name="episodes"/> (the invoices as seen at the as-of date).</summary>
    internal static ChallengerTestResult Of(IReadOnlyList<CollectionEpisode> episodes, ChallengerTestDesign design, int horizonDays)
    {
        // Customers are the units drawn, so they are the clusters: each arm holds its customers' counts.
        var arms = Drawn.Select(_ => new Dictionary<string, CustomerCounts>(StringComparer.Ordinal)).Append(new(StringComparer.Ordinal)).ToArray();
        var followed = new int[arms.Length];
        var collected = new int[arms.Length];
        foreach (var e in episodes)
        {
            var invoice = e.Invoice.Invoice;
            var horizonEnd = invoice.DueOn.AddDays(horizonDays);
            if (invoice.DueOn < design.Since || horizonEnd > e.AsOf) continue;
            var drawn = Challengers.Draw(invoice.CustomerId, design.Seed, design.Share);
            var arm = drawn is { } mix ? Array.IndexOf(Drawn, mix) : Drawn.Length;
            var counts = arms[arm].GetValueOrDefault(invoice.CustomerId);
            arms[arm][invoice.CustomerId] = new CustomerCounts(counts.Invoices + 1, counts.Paid + (e.Invoice.SettledOn <= horizonEnd ? 1 : 0));
            if (drawn is null || e.StartedOn is null) continue;
            collected[arm]++;
            followed[arm] += e.EpisodeMix == drawn ? 1 : 0;
        }

        var rows = new List<ChallengerArm>();
        var estimates = new Estimate[arms.Length];
        for (var a = 0; a < arms.Length; a++)
        {
            estimates[a] = Estimate.Of(arms[a].Values);
            rows.Add(estimates[a].Row(a < Drawn.Length ? Drawn[a].ToWord() : "champion", Share(followed[a], collected[a])));
        }
        var challengers = Estimate.Of(arms[..Drawn.Length].SelectMany(arm => arm.Values));
        rows.Add(challengers.Row("challengers", Share(followed.Sum(), collected.Sum())));
        for (var a = 0; a < Drawn.Length; a++)
        {
            for (var b = a + 1; b < Drawn.Length; b++)
                rows.Add(estimates[a].Minus(estimates[b]).Row($"{Drawn[a].ToWord()} - {Drawn[b].ToWord()}", null));
        }
        rows.Add(estimates[Drawn.Length].Minus(challengers).Row("champion - challengers", null));
        return new ChallengerTestResult(design, horizonDays, rows);
    }

    /// <summary>The differences compared: the three pairs of drawn channels, and the champion against the challengers.</summary>
    private const int Differences = 4;

    private static double? Share(int count, int total) => total > 0 ? count / (double)total : null;

    private readonly record struct CustomerCounts(int Invoices, int Paid);

    /// <summary>A share (or a difference of shares) with its variance, and the customers and invoices behind it.</summary>
    private readonly record struct Estimate(int Customers, int Invoices, double Share, double Variance, bool IsDifference = false)
    {
        /// <summary>
        /// Σ paid / Σ invoices over the customers, with the cluster-robust variance of a ratio:
        /// C / (C − 1) · Σ (paid − share · invoices)² / (Σ invoices)², since a customer's invoices are not independent.
        /// </summary>
        public static Estimate Of(IEnumerable<CustomerCounts> customers)
        {
            var all = customers.ToArray();
            var (invoices, paid) = (all.Sum(c => c.Invoices), all.Sum(c => c.Paid));
            if (invoices == 0) return new Estimate(0, 0, double.NaN, double.NaN);
            var share = paid / (double)invoices;
            var variance = all.Length < 2 ? double.NaN
                : all.Length / (all.Length - 1.0) * all.Sum(c => Math.Pow(c.Paid - share * c.Invoices, 2)) / ((double)invoices * invoices);
            return new Estimate(all.Length, invoices, share, variance);
        }

        /// <summary>The difference of two independent arms' shares.</summary>
        public Estimate Minus(Estimate other) =>
            new(Customers + other.Customers, Invoices + other.Invoices, Share - other.Share, Variance + other.Variance, IsDifference: true);

        /// <summary>
        /// The row of the arm, its interval kept within what a share (0 to 1) or a difference (−1 to 1) can be. The four
        /// differences' intervals are 95% together (Bonferroni): a test read for any difference would otherwise find one
        /// in about one test in six where none is.
        /// </summary>
        public ChallengerArm Row(string arm, double? followedShare)
        {
            double? share = double.IsNaN(Share) ? null : Share;
            var half = Normal.InvCDF(0, 1, 1 - (IsDifference ? 0.05 / Differences : 0.05) / 2) * Math.Sqrt(Variance);
            if (double.IsNaN(half)) return new ChallengerArm(arm, Customers, Invoices, share, null, null, followedShare);
            var lowest = IsDifference ? -1 : 0;
            return new ChallengerArm(arm, Customers, Invoices, share, Math.Max(lowest, Share - half), Math.Min(1, Share + half), followedShare);
        }
    }
}
