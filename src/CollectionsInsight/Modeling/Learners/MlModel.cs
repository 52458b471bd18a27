using System.Diagnostics;
using System.IO.Compression;
using System.Numerics.Tensors;
using CollectionsInsight.Domain;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>A fitted ML.NET model (a chain of transformers ending in a predictor) over feature rows of a fixed width.</summary>
internal sealed class MlModel : ITrainedModel
{
    /// <summary>The date stamped on every entry of a saved model archive, so the same model gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MLContext _ml;
    private readonly Objective _objective;
    private readonly int _columns;
    private readonly ITransformer _model;

    /// <summary>A binary tree model's trees in flat arrays; null for other models and for trees with categorical splits.</summary>
    private readonly Lazy<TreeContributions?> _flatTrees;

    /// <summary>A binary model's float score of a row and its calibrator, computed as ML.NET does; null when not known for the model.</summary>
    private readonly Lazy<(RowScore Score, PlattCalibrator Calibrator)?> _directScore;

    private delegate float RowScore(ReadOnlySpan<float> row);

    public MlModel(MLContext ml, Objective objective, int columns, ITransformer model)
    {
        _ml = ml;
        _objective = objective;
        _columns = columns;
        _model = model;
        _flatTrees = new(() => objective.Kind == ObjectiveKind.Binary && TreePredictor() is { } trees
            ? TreeContributions.TryCreate(trees.Model.SubModel.TrainedTreeEnsemble, columns)
            : null);
        _directScore = new(DirectScore);
    }

    /// <remarks>
    /// A binary model's probabilities are computed outside ML.NET's engines (<see cref="DirectScore"/>), the same floats
    /// ML.NET gives (<see cref="EnginePredictions"/>), without its per-row buffers. Other models go row by row through
    /// prediction engines: ML.NET's batch path splits the rows among threads and merges them again, and on two cores
    /// that cost more than the models themselves (measured with dotnet-trace).
    /// </remarks>
    public double[] Predict(FeatureMatrix x)
    {
        RequireWidth(x);
        if (_directScore.Value is var (score, calibrator))
        {
            // As ML.NET computes it: the Platt calibrator's 1 / (1 + exp(slope · score + offset)) of the float score, cast to float.
            var p = new double[x.Rows];
            RowBlocks.ForEach(x.Rows, (start, end) =>
            {
                var values = x.Values;
                for (var i = start; i < end; i++)
                    p[i] = (float)(1 / (1 + Math.Exp(calibrator.Slope * score(values.Slice(i * _columns, _columns)) + calibrator.Offset)));
            });
            return p;
        }
        return _objective.Kind switch
        {
            ObjectiveKind.Multiclass => PredictRows<MlData.ClassScores>(_model, x, _objective.Classes, (o, k) => o.Values[k]),
            ObjectiveKind.Binary => PredictRows<MlData.Probability>(_model, x, 1, (o, _) => o.Value),
            ObjectiveKind.Regression => PredictRows<MlData.Score>(_model, x, 1, (o, _) => o.Value),
            _ => throw new UnreachableException($"objective {_objective.Kind}"),
        };
    }

    /// <summary>
    /// Each row's <paramref name="width"/> output values of <paramref name="transformer"/>, row-major. The rows are cut
    /// into one block per core, each predicted by its own engine (an engine serves one thread); every row's values are
    /// the same however they are cut.
    /// </summary>
    private double[] PredictRows<TOutput>(ITransformer transformer, FeatureMatrix x, int width, Func<TOutput, int, float> value)
        where TOutput : class, new()
    {
        var result = new double[x.Rows * width];
        RowBlocks.ForEach(x.Rows, (start, end) =>
        {
            using var engine = MlData.Engine<TOutput>(_ml, transformer, _columns);
            var features = new float[_columns];
            var input = new MlData.Row(features, 0, 1);
            var prediction = new TOutput();
            for (var i = start; i < end; i++)
            {
                x.Values.Slice(i * _columns, _columns).CopyTo(features);
                engine.Predict(input, ref prediction);
                for (var k = 0; k < width; k++)
                    result[i * width + k] = value(prediction, k);
            }
        });
        return result;
    }

    public double[] Contributions(FeatureMatrix x)
    {
        RequireWidth(x);
        if (_objective.Kind != ObjectiveKind.Binary)
            throw new NotSupportedException("contributions are computed for binary models only");
        // The predictor is the last transformer; the ones before it (the label's conversion) leave the features as they are.
        if (LinearPredictor() is { } linear)
        {
            // A linear model's contribution is weight × value: what ML.NET's calculator gives, many times faster.
            var weights = linear.Model.SubModel.Weights;
            var products = new double[x.Rows * _columns];
            for (var i = 0; i < x.Rows; i++)
            {
                for (var j = 0; j < _columns; j++)
                    products[i * _columns + j] = weights[j] * x[i, j];
            }
            return products;
        }
        if (TreePredictor() is not { } trees)
            throw new NotSupportedException($"no feature contributions for {(_model as IEnumerable<ITransformer> ?? [_model]).Last().GetType().Name}");
        // Straight from the trees, as ML.NET's calculator computes them (TreeContributions); the calculator itself only
        // for trees the flat form does not take (categorical splits).
        if (_flatTrees.Value is not { } flat)
            return CalculatedContributions(trees, x);
        var result = new double[x.Rows * _columns];
        RowBlocks.ForEach(x.Rows, (start, end) =>
        {
            var values = x.Values;
            for (var i = start; i < end; i++)
                flat.Add(values.Slice(i * _columns, _columns), result.AsSpan(i * _columns, _columns));
        });
        return result;
    }

    /// <summary>A binary model's probabilities as ML.NET's prediction engines give them: the oracle the tests hold <see cref="Predict"/> to.</summary>
    internal double[] EnginePredictions(FeatureMatrix x)
    {
        RequireWidth(x);
        return PredictRows<MlData.Probability>(_model, x, 1, (o, _) => o.Value);
    }

    /// <summary>
    /// A binary tree model's contributions as ML.NET's feature contribution calculator gives them: the oracle the tests
    /// hold <see cref="Contributions"/> to.
    /// </summary>
    internal double[] CalculatedContributions(FeatureMatrix x)
    {
        RequireWidth(x);
        return CalculatedContributions(TreePredictor() ?? throw new NotSupportedException("calculated contributions are for tree models only"), x);
    }

    private double[] CalculatedContributions(ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> trees, FeatureMatrix x)
    {
        var calculator = _ml.Transforms.CalculateFeatureContribution(trees, numberOfPositiveContributions: _columns, numberOfNegativeContributions: _columns, normalize: false)
            .Fit(_model.Transform(MlData.Load(_ml, new FeatureMatrix(0, x.ColumnNames, []))));
        return PredictRows<MlData.FeatureContributions>(_model.Append(calculator), x, _columns, (o, j) => o.Values[j]);
    }

    /// <summary>The ML.NET model archive with every entry dated <see cref="EntryDate"/>: ML.NET stamps the time of saving.</summary>
    public byte[] ToBytes()
    {
        using var saved = new MemoryStream();
        _ml.Model.Save(_model, null, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var result = new MemoryStream();
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryDate;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return result.ToArray();
    }

    /// <summary>Restores a model written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="BadModelFileException">The bytes are not an ML.NET model archive.</exception>
    public static MlModel FromBytes(byte[] bytes, Objective objective, int columns, int seed)
    {
        var ml = new MLContext(seed);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return new MlModel(ml, objective, columns, ml.Model.Load(stream, out _));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or InvalidDataException)
        {
            throw new BadModelFileException($"not an ML.NET model archive ({e.Message})", e);
        }
    }

    /// <summary>
    /// How ML.NET scores a row for a binary model: a linear model's bias plus its weights' dot product with the row, in
    /// float (ML.NET's CpuMath computes dense dot products with <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>);
    /// trees' leaf values summed in double and cast to float (<see cref="TreeContributions.Score"/>). Null for other models.
    /// </summary>
    private (RowScore Score, PlattCalibrator Calibrator)? DirectScore()
    {
        if (_objective.Kind != ObjectiveKind.Binary)
            return null;
        if (TreePredictor() is { } trees && _flatTrees.Value is { } flat)
            return (row => (float)flat.Score(row), trees.Model.Calibrator);
        if (LinearPredictor() is { } linear)
        {
            var weights = linear.Model.SubModel.Weights.ToArray();
            var bias = linear.Model.SubModel.Bias;
            return (row => bias + TensorPrimitives.Dot(weights, row), linear.Model.Calibrator);
        }
        return null;
    }

    /// <summary>The binary linear predictor that ends the model, or null when it ends in another.</summary>
    private ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>? LinearPredictor() =>
        (_model as IEnumerable<ITransformer> ?? [_model]).LastOrDefault()
            as ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>;

    /// <summary>The binary tree predictor that ends the model, or null when it ends in another.</summary>
    private ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>? TreePredictor() =>
        (_model as IEnumerable<ITransformer> ?? [_model]).LastOrDefault()
            as ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>;

    private void RequireWidth(FeatureMatrix x)
    {
        if (x.Columns != _columns)
            throw new ArgumentException($"the model takes {_columns} feature columns, the rows have {x.Columns}", nameof(x));
    }
}
