using System.Diagnostics;
using System.IO.Compression;
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

    public MlModel(MLContext ml, Objective objective, int columns, ITransformer model)
    {
        _ml = ml;
        _objective = objective;
        _columns = columns;
        _model = model;
        _flatTrees = new(() => objective.Kind == ObjectiveKind.Binary && TreePredictor() is { } trees
            ? TreeContributions.TryCreate(trees.Model.SubModel.TrainedTreeEnsemble, columns)
            : null);
    }

    /// <remarks>
    /// A binary tree model's probabilities are computed from its trees in flat arrays (<see cref="TreeContributions"/>),
    /// the same floats ML.NET gives (<see cref="EnginePredictions"/>), without its per-row buffers. Other models go
    /// row by row through prediction engines: ML.NET's batch path splits the rows among threads and merges them again,
    /// and on two cores that cost more than the models themselves (measured with dotnet-trace).
    /// </remarks>
    public double[] Predict(FeatureMatrix x)
    {
        RequireWidth(x);
        if (_objective.Kind == ObjectiveKind.Binary && TreePredictor() is { } trees && _flatTrees.Value is { } flat)
        {
            // Straight from the trees, as ML.NET computes it: the score is the trees' sum in double, cast to float, and
            // the probability is the Platt calibrator's 1 / (1 + exp(slope · score + offset)), cast to float.
            var slope = trees.Model.Calibrator.Slope;
            var offset = trees.Model.Calibrator.Offset;
            var p = new double[x.Rows];
            RowBlocks.ForEach(x.Rows, (start, end) =>
            {
                var values = x.Values;
                for (var i = start; i < end; i++)
                {
                    var score = (float)flat.Score(values.Slice(i * _columns, _columns));
                    p[i] = (float)(1 / (1 + Math.Exp(slope * score + offset)));
                }
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
        var steps = (_model as IEnumerable<ITransformer> ?? [_model]).ToArray();
        if (steps[^1] is ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear)
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
            throw new NotSupportedException($"no feature contributions for {steps[^1].GetType().Name}");
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
