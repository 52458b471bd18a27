using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// A fitted linear model on standardised features: z = (x - mean) / scale, a missing x taken as the mean (z = 0).
/// The margin per output is intercept + coefficients · z, turned into a probability (binary), a softmax (multiclass)
/// or used as is (regression).
/// </summary>
internal sealed class LinearModel : ITrainedModel
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Objective objective;
    private readonly string[] columns;
    private readonly double[] means;
    private readonly double[] scales;
    private readonly double[] intercepts;
    private readonly double[][] coefficients;

    /// <param name="intercepts">One per output.</param>
    /// <param name="coefficients">One array per output, one coefficient per column, on the standardised scale.</param>
    internal LinearModel(
        Objective objective, IReadOnlyList<string> columns, double[] means, double[] scales, double[] intercepts, double[][] coefficients)
    {
        if (means.Length != columns.Count || scales.Length != columns.Count
            || intercepts.Length != objective.Outputs || coefficients.Length != objective.Outputs
            || coefficients.Any(c => c.Length != columns.Count))
            throw new ArgumentException("the model's arrays do not match its columns and outputs");
        this.objective = objective;
        this.columns = [.. columns];
        this.means = means;
        this.scales = scales;
        this.intercepts = intercepts;
        this.coefficients = coefficients;
    }

    /// <summary>Per column, the training mean that stands in for a missing value.</summary>
    public IReadOnlyList<double> Means => means;

    public static LinearModel FromJson(string json)
    {
        var state = JsonSerializer.Deserialize<State>(json, JsonOptions) ?? throw new JsonException("empty linear model");
        var objective = state.Objective switch
        {
            ObjectiveKind.Binary => Objective.Binary,
            ObjectiveKind.Regression => Objective.Regression,
            _ => Objective.Multiclass(state.Classes),
        };
        try
        {
            return new LinearModel(objective, state.Columns, state.Means, state.Scales, state.Intercepts, state.Coefficients);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"invalid linear model: {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(
        new State(objective.Kind, objective.Classes, columns, means, scales, intercepts, coefficients), JsonOptions);

    public double[] Predict(FeatureMatrix x)
    {
        var outputs = objective.Outputs;
        var result = new double[x.Rows * outputs];
        var z = Standardise(x);
        for (var row = 0; row < x.Rows; row++)
        {
            var margins = result.AsSpan(row * outputs, outputs);
            Margins(z.AsSpan(row * columns.Length, columns.Length), margins);
            ToPrediction(objective.Kind, margins);
        }
        return result;
    }

    public double[] Contributions(FeatureMatrix x, bool approximate = false)
    {
        if (objective.Kind == ObjectiveKind.Multiclass)
            throw new NotSupportedException("contributions are available for binary and regression models only");
        var p = columns.Length;
        var z = Standardise(x);
        var result = new double[x.Rows * (p + 1)];
        for (var row = 0; row < x.Rows; row++)
        {
            for (var j = 0; j < p; j++)
                result[row * (p + 1) + j] = coefficients[0][j] * z[row * p + j];
            // z is centred on the training means, so the intercept already is the bias (the mean effect).
            result[row * (p + 1) + p] = intercepts[0];
        }
        return result;
    }

    private double[] Standardise(FeatureMatrix x)
    {
        if (!x.ColumnNames.SequenceEqual(columns))
            throw new ArgumentException(
                $"expected the training columns [{string.Join(", ", columns)}], got [{string.Join(", ", x.ColumnNames)}]", nameof(x));
        return Standardise(x, means, scales);
    }

    /// <summary>Standardised values, row-major, a missing value becoming 0 (the mean).</summary>
    internal static double[] Standardise(FeatureMatrix x, double[] means, double[] scales)
    {
        var z = new double[x.Rows * x.Columns];
        for (var row = 0; row < x.Rows; row++)
        {
            for (var j = 0; j < x.Columns; j++)
            {
                var value = x[row, j];
                z[row * x.Columns + j] = float.IsNaN(value) ? 0 : (value - means[j]) / scales[j];
            }
        }
        return z;
    }

    /// <summary>Turns margins into predictions in place: logistic, softmax or identity.</summary>
    private static void ToPrediction(ObjectiveKind kind, Span<double> margins)
    {
        switch (kind)
        {
            case ObjectiveKind.Binary:
                margins[0] = 1 / (1 + Math.Exp(-margins[0]));
                break;
            case ObjectiveKind.Multiclass:
                var max = double.NegativeInfinity;
                foreach (var m in margins)
                    max = Math.Max(max, m);
                var sum = 0.0;
                foreach (ref var m in margins)
                    sum += m = Math.Exp(m - max);
                foreach (ref var m in margins)
                    m /= sum;
                break;
        }
    }

    private void Margins(ReadOnlySpan<double> z, Span<double> margins)
    {
        for (var k = 0; k < margins.Length; k++)
        {
            var margin = intercepts[k];
            for (var j = 0; j < z.Length; j++)
                margin += coefficients[k][j] * z[j];
            margins[k] = margin;
        }
    }

    private sealed record State(
        ObjectiveKind Objective, int Classes, string[] Columns, double[] Means, double[] Scales, double[] Intercepts, double[][] Coefficients);
}
