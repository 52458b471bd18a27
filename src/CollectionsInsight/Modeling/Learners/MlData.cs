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

    private sealed record Row(float[] Features, float Label, float Weight);
}
