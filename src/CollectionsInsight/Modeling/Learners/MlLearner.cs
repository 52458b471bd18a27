using System.Diagnostics;
using CollectionsInsight.Domain;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// ML.NET learners: LightGBM trees (binary or regression), or L-BFGS logistic / multinomial regression. Trees take
/// missing values (NaN) as they are; linear models take inputs filled and standardised (<see cref="LinearDesign"/>).
/// </summary>
internal sealed class MlLearner(Objective objective, LearnerFamily family, LearnerOptions options) : ILearner
{
    public ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (labels.Length != x.Rows || weights is not null && weights.Length != x.Rows)
            throw new ArgumentException("one label and at most one weight per row");
        if (objective.Kind == ObjectiveKind.Multiclass && labels.Distinct().Count() < objective.Classes)
            throw new InsufficientDataException($"every one of the {objective.Classes} classes must occur in the training rows");
        // One thread: with two, LightGBM's OpenMP threads were seen to stall a fit for tens of seconds.
        // A context per fit: LightGBM draws its seeds from the context, so a shared one gives another model each fit.
        var ml = new MLContext(options.Seed);
        var data = MlData.Load(ml, x, labels, weights);
        ITransformer model;
        try
        {
            model = Estimator(ml, weights is not null).Fit(data);
        }
        catch (ArgumentNullException) when (family == LearnerFamily.Trees)
        {
            // ML.NET cannot read back a LightGBM tree that is one leaf of value 0 (dotnet/machinelearning#5022), which a fit
            // can give when too few rows allow no split.
            throw new InsufficientDataException(
                $"the trees found no split in {x.Rows} episodes, with {options.MinLeafRows} needed in each leaf; more history is needed");
        }
        return new MlModel(ml, objective, x.Columns, model);
    }

    private IEstimator<ITransformer> Estimator(MLContext ml, bool weighted)
    {
        var weight = weighted ? MlData.Weight : null;
        if (family == LearnerFamily.Trees)
        {
            return objective.Kind switch
            {
                ObjectiveKind.Binary => MlData.BinaryLabel(ml).Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
                {
                    LabelColumnName = MlData.Paid, ExampleWeightColumnName = weight,
                    NumberOfIterations = options.Trees, NumberOfLeaves = options.Leaves, LearningRate = options.LearningRate,
                    MinimumExampleCountPerLeaf = options.MinLeafRows, Seed = options.Seed, NumberOfThreads = 1, Deterministic = true,
                    Silent = true, Verbose = false,
                })),
                ObjectiveKind.Regression => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
                {
                    LabelColumnName = MlData.Label, ExampleWeightColumnName = weight,
                    NumberOfIterations = options.Trees, NumberOfLeaves = options.Leaves, LearningRate = options.LearningRate,
                    MinimumExampleCountPerLeaf = options.MinLeafRows, Seed = options.Seed, NumberOfThreads = 1, Deterministic = true,
                    Silent = true, Verbose = false,
                }),
                ObjectiveKind.Multiclass => throw new NotSupportedException("the propensity model is linear: LightGBM's multiclass fits are not reproducible"),
                _ => throw new UnreachableException($"objective {objective.Kind}"),
            };
        }
        var l2 = (float)options.L2;
        return objective.Kind switch
        {
            ObjectiveKind.Binary => MlData.BinaryLabel(ml).AppendCacheCheckpoint(ml).Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = MlData.Paid, ExampleWeightColumnName = weight, L2Regularization = l2, L1Regularization = 0, NumberOfThreads = 1,
                })),
            ObjectiveKind.Multiclass => MlData.ClassLabel(ml).AppendCacheCheckpoint(ml).Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = MlData.Class, ExampleWeightColumnName = weight, L2Regularization = l2, L1Regularization = 0, NumberOfThreads = 1,
                })),
            ObjectiveKind.Regression => throw new NotSupportedException("linear regression is not used"),
            _ => throw new UnreachableException($"objective {objective.Kind}"),
        };
    }
}
