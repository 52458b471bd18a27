using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>Feature matrices as ML.NET data views, and the label conversions each objective needs.</summary>
internal static class MlData
{
    public const string Features = nameof(Row.Features);
    public const string Label = nameof(Row.Label);
    public const string Weight = nameof(Row.Weight);
    public const string Paid = "Paid";
    public const string Class = "Class";

    /// <summary>The rows of <paramref name="x"/> with their labels and weights (1 where none are given).</summary>
    public static IDataView Load(MLContext ml, FeatureMatrix x, float[]? labels = null, float[]? weights = null)
    {
        var rows = new Row[x.Rows];
        for (var i = 0; i < x.Rows; i++)
            rows[i] = new Row(x.Values.Slice(i * x.Columns, x.Columns).ToArray(), labels?[i] ?? 0, weights?[i] ?? 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, x.Columns);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>The 0/1 label as the Boolean the binary trainers take.</summary>
    public static IEstimator<ITransformer> BinaryLabel(MLContext ml) =>
        ml.Transforms.Conversion.ConvertType(Paid, Label, DataKind.Boolean);

    /// <summary>The class index as a key, ordered by value, so the k-th score is the probability of class k.</summary>
    public static IEstimator<ITransformer> ClassLabel(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey(Class, Label, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);

    /// <summary>A prediction engine over rows of <paramref name="columns"/> features, for one row at a time.</summary>
    public static PredictionEngine<Row, TOutput> Engine<TOutput>(MLContext ml, ITransformer model, int columns) where TOutput : class, new()
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns);
        return ml.Model.CreatePredictionEngine<Row, TOutput>(model, inputSchemaDefinition: schema);
    }

    /// <summary>One row: its features, label and weight.</summary>
    public sealed record Row(float[] Features, float Label, float Weight);

    /// <summary>A binary model's output for one row: the calibrated probability.</summary>
    public sealed class Probability
    {
        [ColumnName("Probability")]
        public float Value { get; set; }
    }

    /// <summary>A multiclass model's output for one row: the probability of each class.</summary>
    public sealed class ClassScores
    {
        [ColumnName("Score")]
        public float[] Values { get; set; } = [];
    }

    /// <summary>Each feature's contribution to a tree model's score for one row.</summary>
    public sealed class FeatureContributions
    {
        [ColumnName("FeatureContributions")]
        public float[] Values { get; set; } = [];
    }

    /// <summary>A regression model's output for one row.</summary>
    public sealed class Score
    {
        [ColumnName("Score")]
        public float Value { get; set; }
    }
}
