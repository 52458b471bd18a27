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
    public static IDataView Load(MLContext ml, FeatureMatrix x, float[]? labels = null, float[]? weights = null) =>
        new MatrixView(x, labels, weights);

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

    /// <summary>
    /// The matrix as a data view, read in place: ML.NET's enumerable loader wants a new array per row, and copying every
    /// row of every fit into one was a large share of training's allocations and garbage collections.
    /// </summary>
    private sealed class MatrixView(FeatureMatrix x, float[]? labels, float[]? weights) : IDataView
    {
        public DataViewSchema Schema { get; } = SchemaOf(x.Columns);

        public bool CanShuffle => false;

        public long? GetRowCount() => x.Rows;

        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
            new Cursor(Schema, x, labels, weights);

        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
            [new Cursor(Schema, x, labels, weights)];

        /// <summary>The columns of <see cref="Row"/>, in its order.</summary>
        private static DataViewSchema SchemaOf(int columns)
        {
            var schema = new DataViewSchema.Builder();
            schema.AddColumn(Features, new VectorDataViewType(NumberDataViewType.Single, columns));
            schema.AddColumn(Label, NumberDataViewType.Single);
            schema.AddColumn(Weight, NumberDataViewType.Single);
            return schema.ToSchema();
        }

        private sealed class Cursor(DataViewSchema schema, FeatureMatrix x, float[]? labels, float[]? weights) : DataViewRowCursor
        {
            private int position = -1;

            public override DataViewSchema Schema => schema;

            public override long Position => position;

            public override long Batch => 0;

            public override bool MoveNext() => ++position < x.Rows;

            public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)position, 0);

            public override bool IsColumnActive(DataViewSchema.Column column) => true;

            public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
            {
                ValueGetter<VBuffer<float>> features = (ref VBuffer<float> row) =>
                {
                    var editor = VBufferEditor.Create(ref row, x.Columns);
                    x.Row(position).CopyTo(editor.Values);
                    row = editor.Commit();
                };
                ValueGetter<float> label = (ref float value) => value = labels?[position] ?? 0;
                ValueGetter<float> weight = (ref float value) => value = weights?[position] ?? 1;
                Delegate getter = column.Name switch
                {
                    Features => features,
                    Label => label,
                    Weight => weight,
                    _ => throw new ArgumentOutOfRangeException(nameof(column), column.Name, "no such column"),
                };
                return (ValueGetter<TValue>)getter;
            }
        }
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
