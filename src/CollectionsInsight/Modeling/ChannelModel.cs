using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Modeling;

/// <summary>
/// A trained channel model: recommends phone, email or both per customer (<see cref="RecommendAll"/>), describes
/// itself (<see cref="Card"/>), and is saved to and loaded from one JSON file.
/// </summary>
public sealed class ChannelModel
{
    /// <summary>The version of the model file this library writes and reads.</summary>
    public const int FileVersion = 5;

    private const string FileFormat = "collections-insight/channel-model";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly PropensityModel _propensity;
    private readonly OutcomeModel _outcome;
    private readonly ChannelValues<int[]> _similarEpisodes;

    internal ChannelModel(RecommenderOptions options, FeatureSchema schema, PropensityModel propensity, OutcomeModel outcome,
        ChannelValues<int[]> similarEpisodes, ModelCard card)
    {
        Options = options;
        Schema = schema;
        _propensity = propensity;
        _outcome = outcome;
        _similarEpisodes = similarEpisodes;
        Card = card;
    }

    /// <summary>What the model is and how well it did on the newest episodes, held out.</summary>
    public ModelCard Card { get; }

    /// <summary>The options it was trained with; <see cref="RecommenderOptions.AsOf"/> is the training as-of date.</summary>
    public RecommenderOptions Options { get; }

    /// <summary>The feature columns the model was trained with, in order.</summary>
    public IReadOnlyList<string> FeatureColumns => Schema.Columns;

    internal FeatureSchema Schema { get; }

    /// <summary>The held-out episodes (invoice ids) and the channel the chosen learner gave each; empty after loading.</summary>
    internal IReadOnlyList<(string InvoiceId, ChannelMix Channel)> HeldOutPolicy { get; init; } = [];

    /// <summary>
    /// Recommends a channel for every customer with an open overdue invoice at <paramref name="asOf"/> (default: the
    /// latest date in the data), for the oldest such invoice. With <paramref name="allCustomers"/>, for every customer,
    /// for a typical new effort (their usual amount, 5 days overdue: the ground truth's definition, so generated data
    /// can be scored against it). Customers come in the data's order.
    /// </summary>
    /// <exception cref="BadDataException">The data lacks a customer field the model was trained with.</exception>
    /// <exception cref="InsufficientDataException">No <paramref name="asOf"/> given and the data has no dates.</exception>
    public IReadOnlyList<ChannelRecommendation> RecommendAll(CollectionHistory history, DateOnly? asOf = null, bool allCustomers = false)
    {
        ArgumentNullException.ThrowIfNull(history);
        Schema.RequireAvailableIn(history);
        var date = asOf ?? history.LatestDate ?? throw new InsufficientDataException("the data is empty: nobody to recommend for");
        var past = new HistoryBefore(history, date.AddDays(1));
        var efforts = new List<(HistoryBefore Past, Effort Effort)>();
        var invoiceIds = new List<string?>();
        var failing = new List<(bool Phone, bool Email)>();
        foreach (var customer in history.Customers)
        {
            InvoiceSettlement? overdue = null;
            if (!allCustomers)
            {
                overdue = history.InvoicesOf(customer.CustomerId)
                    .Where(i => !i.Invoice.IsCreditNote && i.Invoice.DueOn < date && i.OpenAmountOn(date) > 0)
                    .MinBy(i => i.Invoice.DueOn);
                if (overdue is null) continue;
            }
            efforts.Add((past, overdue is null
                ? Effort.Typical(customer.CustomerId)
                : new Effort(customer.CustomerId, overdue.Invoice.Amount, date.DayNumber - overdue.Invoice.DueOn.DayNumber)));
            invoiceIds.Add(overdue?.Invoice.InvoiceId);
            var attempts = history.AttemptsWith(customer.CustomerId);
            failing.Add((ContactDetails.LatestFailed(attempts, Channel.Phone, date), ContactDetails.LatestFailed(attempts, Channel.Email, date)));
        }
        if (efforts.Count == 0) return [];

        var x = new FeatureBuilder(Schema).Matrix(efforts);
        // Only the share of the differences between channels that the held-out episodes confirmed (ChannelDifferences).
        var predictions = Card.Differences.Scaled(_outcome.Predict(x));
        var propensities = _propensity.Predict(x);
        var phoneMissing = x.ColumnIndex(FeatureSchema.PhoneMissing);
        var emailMissing = x.ColumnIndex(FeatureSchema.EmailMissing);
        var reach = Channels.Reachable(x);
        var decision = Options.Decision;
        var best = ChannelRecommender.Policy(predictions, reach, decision);
        var runnerUp = new ChannelMix[x.Rows];
        RowBlocks.ForEach(x.Rows, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var (p, canUse, chosen) = (predictions[i], reach[i], best[i]);
                // The next best channel, reachable ones first: the reasons explain the choice over it, and it is the
                // runner-up if the customer can be reached by it.
                runnerUp[i] = ChannelChoices.All.Where(t => t != chosen)
                    .OrderByDescending(t => canUse[t]).ThenByDescending(t => decision.NetValue(p, t)).First();
            }
        });
        // Only the recommended channel's and the runner-up's contributions are needed, and they are the slow part.
        var forBest = ContributionsFor(x, best);
        var forRunnerUp = ContributionsFor(x, runnerUp);
        var result = new ChannelRecommendation[x.Rows];
        RowBlocks.ForEach(x.Rows, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var (p, e) = (predictions[i], propensities[i]);
                var (noPhone, noEmail) = (x[i, phoneMissing] == 1, x[i, emailMissing] == 1);
                var (phoneFails, emailFails) = failing[i];
                var current = CurrentPractice(p, e, reach[i]);
                var lowConfidence = e[best[i]] < Options.Training.LowPropensity
                    || _similarEpisodes[best[i]][ChannelRecommender.SimilarityBin(e[best[i]])] < Options.Training.MinSimilarEpisodes;
                // A detail whose latest use failed is the worklist's to fix (it falls back to the other channel meanwhile);
                // the recommendation stays the channel that works best for the customer, and says what to fix first.
                var (usesPhone, usesEmail) = (best[i] is ChannelMix.Phone or ChannelMix.Both, best[i] is ChannelMix.Email or ChannelMix.Both);
                var reasons = Reasons(noPhone, noEmail, usesPhone && !noPhone && phoneFails, usesEmail && !noEmail && emailFails, FeatureWords.Reasons(x.ColumnNames, x.Values.Slice(i * x.Columns, x.Columns),
                    forBest.AsSpan(i * x.Columns, x.Columns), forRunnerUp.AsSpan(i * x.Columns, x.Columns), 3));
                result[i] = new ChannelRecommendation(efforts[i].Effort.CustomerId, invoiceIds[i], best[i],
                    reach[i][runnerUp[i]] ? runnerUp[i] : null, p, current, p[best[i]] - current, lowConfidence, reasons);
            }
        });
        return result;
    }

    /// <summary>Per row i, the features' contributions to channel <paramref name="channels"/>[i]'s score (rows × features).</summary>
    private double[] ContributionsFor(FeatureMatrix x, ChannelMix[] channels)
    {
        var result = new double[x.Rows * x.Columns];
        foreach (var t in ChannelChoices.All)
        {
            var rows = Enumerable.Range(0, x.Rows).Where(i => channels[i] == t).ToArray();
            if (rows.Length == 0) continue;
            var part = _outcome.Contributions(TrainingSet.SelectRows(x, rows), t);
            for (var r = 0; r < rows.Length; r++)
                part.AsSpan(r * x.Columns, x.Columns).CopyTo(result.AsSpan(rows[r] * x.Columns, x.Columns));
        }
        return result;
    }

    /// <summary>
    /// What collectors do for such a customer today: the predictions weighted by the propensities of the channels the
    /// customer can be reached by (without a phone number, today's practice is email, whatever the propensity model says).
    /// </summary>
    private static double CurrentPractice(ChannelValues<double> predictions, ChannelValues<double> propensities, ChannelValues<bool> reachable)
    {
        double sum = 0, weight = 0;
        foreach (var t in ChannelChoices.All)
        {
            if (!reachable[t]) continue;
            sum += predictions[t] * propensities[t];
            weight += propensities[t];
        }
        return sum / weight;
    }

    /// <summary>
    /// The top three reasons: a missing contact detail comes first, because it rules channels out whatever the model's
    /// ranking (or, with neither detail, leaves the collector no way to act on it); then the model's reasons for the
    /// channel over the runner-up.
    /// </summary>
    private static string[] Reasons(bool noPhone, bool noEmail, bool wrongNumber, bool bounced, IReadOnlyList<string> modelReasons)
    {
        string[] missing =
        [
            .. noPhone ? [FeatureWords.Describe(FeatureSchema.PhoneMissing, 1)] : Array.Empty<string>(),
            .. noEmail ? [FeatureWords.Describe(FeatureSchema.EmailMissing, 1)] : Array.Empty<string>(),
            .. wrongNumber ? ["our latest call hit a wrong number: update the number first"] : Array.Empty<string>(),
            .. bounced ? ["our latest email bounced: update the address first"] : Array.Empty<string>(),
        ];
        return [.. missing.Concat(modelReasons.Except(missing)).Take(3)];
    }

    /// <summary>Writes the model (metadata, feature schema, options, card and the fitted ML.NET models) to one file, atomically.</summary>
    public void Save(string path)
    {
        var content = new ModelFile(FileFormat, FileVersion, LibraryVersion, SavedOptions.From(Options), Schema, _outcome.Kind,
            _propensity.Design, _propensity.Model.ToBytes(), _outcome.Design, _outcome.Models.Select(m => m.ToBytes()).ToArray(),
            _similarEpisodes.ToArray(), Card);
        AtomicOutput.WriteFile(path, stream => JsonSerializer.Serialize(stream, content, Json));
    }

    /// <summary>Reads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="BadModelFileException">Not a model file, or one of another file version (retrain).</exception>
    public static ChannelModel Load(string path)
    {
        ModelFile? content;
        try
        {
            using var stream = File.OpenRead(path);
            // The version first: an older file has other fields, and the message should say "retrain", not what failed.
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != FileFormat)
                throw new BadModelFileException($"{path} is not a channel model file (expected format '{FileFormat}')");
            var version = root.TryGetProperty("version", out var number) ? number.ToString() : "unknown";
            if (version != FileVersion.ToString(CultureInfo.InvariantCulture))
                throw new BadModelFileException(
                    $"{path} is a channel model file of version {version}{(root.TryGetProperty("writtenBy", out var by) ? $" (written by CollectionsInsight {by})" : "")}; this version reads version {FileVersion} only: retrain the model with `train`");
            content = root.Deserialize<ModelFile>(Json);
        }
        catch (JsonException e)
        {
            throw new BadModelFileException($"{path} is not a channel model file ({e.Message})", e);
        }
        if (content is null)
            throw new BadModelFileException($"{path} is not a channel model file (it is empty)");
        var seed = content.Options.Seed;
        var options = content.Options.ToOptions();
        var width = content.Schema.Width;
        var propensity = new PropensityModel(
            MlModel.FromBytes(content.Propensity, Objective.Multiclass(ChannelChoices.Count), content.PropensityDesign.Width, seed), content.PropensityDesign);
        var linearWidth = content.OutcomeDesign?.ChannelWidth;
        int OutcomeWidth(int model) => content.Learner switch
        {
            CausalLearner.Linear or CausalLearner.Blend when model == 0 =>
                linearWidth ?? throw new BadModelFileException($"{path}: the linear model has no design; retrain the model"),
            CausalLearner.SLearner or CausalLearner.Blend => width + ChannelChoices.Count,
            CausalLearner.TLearner => width,
            _ => throw new BadModelFileException($"{path}: the model names no fitted learner ({content.Learner}); retrain the model"),
        };
        var outcomes = content.Outcomes.Select((m, i) => (ITrainedModel)MlModel.FromBytes(m, Objective.Binary, OutcomeWidth(i), seed)).ToArray();
        return new ChannelModel(options, content.Schema, propensity, new OutcomeModel(content.Learner, outcomes, content.OutcomeDesign),
            ChannelValues<int[]>.FromArray(content.SimilarEpisodes), content.Card);
    }

    private static string LibraryVersion =>
        typeof(ChannelModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private sealed record ModelFile(
        string Format,
        int Version,
        string WrittenBy,
        SavedOptions Options,
        FeatureSchema Schema,
        CausalLearner Learner,
        LinearDesign PropensityDesign,
        byte[] Propensity,
        LinearDesign? OutcomeDesign,
        IReadOnlyList<byte[]> Outcomes,
        int[][] SimilarEpisodes,
        ModelCard Card);
}
