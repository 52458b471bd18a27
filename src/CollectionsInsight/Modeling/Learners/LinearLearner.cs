using MathNet.Numerics.LinearAlgebra;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// The managed baseline: L2-regularised logistic regression (binary), multinomial logistic regression (multiclass)
/// or ridge regression, on standardised features with unpenalised intercepts. It minimises
/// Σ wᵢ lossᵢ + L2/2 · Σ coefficient² by damped Newton steps, so the fit is exact and deterministic.
/// Missing values are imputed with the column's (weighted) training mean.
/// </summary>
internal sealed class LinearLearner : ILearner
{
    private const int MaxIterations = 100;

    private readonly Objective objective;
    private readonly double l2;

    public LinearLearner(Objective objective, LearnerOptions options)
    {
        if (!(options.L2 >= 0))
            throw new ArgumentOutOfRangeException(nameof(options), options.L2, "L2 must be zero or positive");
        this.objective = objective;
        l2 = options.L2;
    }

    public ITrainedModel Fit(FeatureMatrix x, float[] labels, float[]? weights)
    {
        var w = Validate(x, labels, weights);
        var (means, scales) = Moments(x, w);
        var z = LinearModel.Standardise(x, means, scales);
        var theta = Minimise(new Problem(objective, l2, z, x.Rows, x.Columns, labels, w));

        var width = x.Columns + 1;
        var intercepts = new double[objective.Outputs];
        var coefficients = new double[objective.Outputs][];
        for (var k = 0; k < objective.Outputs; k++)
        {
            intercepts[k] = theta[k * width];
            coefficients[k] = theta.SubVector(k * width + 1, x.Columns).ToArray();
        }
        return new LinearModel(objective, x.ColumnNames, means, scales, intercepts, coefficients);
    }

    private double[] Validate(FeatureMatrix x, float[] labels, float[]? weights)
    {
        if (x.Rows == 0)
            throw new ArgumentException("no training rows", nameof(x));
        foreach (var value in x.Values)
        {
            if (float.IsInfinity(value))
                throw new ArgumentException("feature values must be finite (or NaN for missing)", nameof(x));
        }
        if (labels.Length != x.Rows)
            throw new ArgumentException($"expected {x.Rows} labels, got {labels.Length}", nameof(labels));
        foreach (var label in labels)
        {
            var valid = objective.Kind switch
            {
                ObjectiveKind.Binary => label is >= 0 and <= 1,
                ObjectiveKind.Multiclass => label >= 0 && label < objective.Classes && label == MathF.Floor(label),
                _ => float.IsFinite(label),
            };
            if (!valid)
                throw new ArgumentException(
                    FormattableString.Invariant($"label {label} is not valid for a {objective.Kind} objective"), nameof(labels));
        }
        if (weights is null)
            return Enumerable.Repeat(1.0, x.Rows).ToArray();
        if (weights.Length != x.Rows)
            throw new ArgumentException($"expected {x.Rows} weights, got {weights.Length}", nameof(weights));
        if (weights.Any(v => !(v >= 0) || float.IsInfinity(v)) || weights.Sum() <= 0)
            throw new ArgumentException("weights must be finite, non-negative and not all zero", nameof(weights));
        return Array.ConvertAll(weights, v => (double)v);
    }

    /// <summary>Weighted mean of the present values, and the standard deviation after imputing that mean (1 if constant).</summary>
    internal static (double[] Means, double[] Scales) Moments(FeatureMatrix x, double[] w)
    {
        var means = new double[x.Columns];
        var scales = new double[x.Columns];
        var totalWeight = w.Sum();
        for (var j = 0; j < x.Columns; j++)
        {
            double sum = 0, weight = 0;
            for (var i = 0; i < x.Rows; i++)
            {
                if (!float.IsNaN(x[i, j]))
                    (sum, weight) = (sum + w[i] * x[i, j], weight + w[i]);
            }
            means[j] = weight > 0 ? sum / weight : 0;

            var squares = 0.0;
            for (var i = 0; i < x.Rows; i++)
            {
                if (!float.IsNaN(x[i, j]))
                    squares += w[i] * (x[i, j] - means[j]) * (x[i, j] - means[j]);
            }
            var variance = squares / totalWeight;
            scales[j] = variance > 0 ? Math.Sqrt(variance) : 1;
        }
        return (means, scales);
    }

    private static Vector<double> Minimise(Problem problem)
    {
        var theta = Vector<double>.Build.Dense(problem.Size);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (value, gradient, hessian) = problem.Evaluate(theta, derivatives: true);
            // The softmax is unchanged by adding a constant to every class's margin, so the Hessian is singular
            // along that direction; a tiny ridge keeps the solve stable without moving the optimum (gradient 0 there).
            var jitter = 1e-10 * Math.Max(1, hessian!.Diagonal().AbsoluteMaximum());
            for (var i = 0; i < problem.Size; i++)
                hessian[i, i] += jitter;
            var step = hessian.Cholesky().Solve(-gradient!);
            // The Newton decrement (predicted decrease of the loss) is scale-aware and ignores that flat direction;
            // once it is at rounding level the last step is quadratically accurate.
            var slope = gradient!.DotProduct(step);
            if (-slope <= 1e-12 * (1 + Math.Abs(value)))
                return theta + step;

            // Backtracking (Armijo) keeps every step a decrease, which plain Newton does not guarantee for logistic losses.
            for (var t = 1.0; ; t /= 2)
            {
                if (t < 1e-10)
                    return theta;   // no further decrease possible in floating point
                var candidate = theta + t * step;
                if (problem.Evaluate(candidate, derivatives: false).Value <= value + 1e-4 * t * slope)
                {
                    theta = candidate;
                    break;
                }
            }
        }
        return theta;   // e.g. separable data without a penalty: the coefficients grow without bound
    }

    /// <summary>
    /// The penalised loss over θ = per output [intercept, coefficients...], with its gradient and Hessian.
    /// Per row the loss is ½(η − y)² (regression), softplus(η) − yη (binary) or logΣexp(η) − η_y (multiclass).
    /// </summary>
    private sealed class Problem(Objective objective, double l2, double[] z, int rows, int columns, float[] labels, double[] w)
    {
        private readonly int width = columns + 1;

        public int Size => objective.Outputs * width;

        public (double Value, Vector<double>? Gradient, Matrix<double>? Hessian) Evaluate(Vector<double> theta, bool derivatives)
        {
            var parameters = theta.ToArray();   // the vector's indexer is slow in the row loop
            var outputs = objective.Outputs;
            var value = 0.0;
            var gradient = derivatives ? new double[Size] : null;
            var hessian = derivatives ? new double[Size * Size] : null;
            var margins = new double[outputs];
            var means = new double[outputs];
            var design = new double[width];        // [1, z...]
            design[0] = 1;

            for (var i = 0; i < rows; i++)
            {
                z.AsSpan(i * columns, columns).CopyTo(design.AsSpan(1));
                for (var k = 0; k < outputs; k++)
                {
                    var margin = 0.0;
                    for (var a = 0; a < width; a++)
                        margin += parameters[k * width + a] * design[a];
                    margins[k] = margin;
                }
                value += w[i] * Loss(margins, labels[i], means);
                if (gradient is null || hessian is null)
                    continue;

                for (var k = 0; k < outputs; k++)
                {
                    var residual = w[i] * Residual(means, labels[i], k);
                    for (var a = 0; a < width; a++)
                        gradient[k * width + a] += residual * design[a];
                    for (var l = k; l < outputs; l++)
                    {
                        var curvature = w[i] * Curvature(means, k, l);
                        if (curvature == 0)
                            continue;
                        for (var a = 0; a < width; a++)
                        {
                            var row = (k * width + a) * Size + l * width;
                            for (var b = k == l ? a : 0; b < width; b++)   // upper triangle only
                                hessian[row + b] += curvature * design[a] * design[b];
                        }
                    }
                }
            }

            for (var k = 0; k < outputs; k++)
            {
                for (var a = 1; a < width; a++)   // a = 0 is the intercept: not penalised
                {
                    var index = k * width + a;
                    value += 0.5 * l2 * parameters[index] * parameters[index];
                    if (gradient is null || hessian is null)
                        continue;
                    gradient[index] += l2 * parameters[index];
                    hessian[index * Size + index] += l2;
                }
            }
            if (gradient is null || hessian is null)
                return (value, null, null);

            // Mirror the upper triangle; being symmetric, the row-major array also reads as MathNet's column-major.
            for (var r = 0; r < Size; r++)
            {
                for (var c = 0; c < r; c++)
                    hessian[r * Size + c] = hessian[c * Size + r];
            }
            return (value, Vector<double>.Build.Dense(gradient), Matrix<double>.Build.Dense(Size, Size, hessian));
        }

        /// <summary>The row's loss; fills <paramref name="means"/> with the predicted mean per output (η, or probabilities).</summary>
        private double Loss(double[] margins, float label, double[] means)
        {
            switch (objective.Kind)
            {
                case ObjectiveKind.Regression:
                    means[0] = margins[0];
                    return 0.5 * (margins[0] - label) * (margins[0] - label);
                case ObjectiveKind.Binary:
                    var eta = margins[0];
                    means[0] = 1 / (1 + Math.Exp(-eta));
                    return Math.Max(eta, 0) + Math.Log(1 + Math.Exp(-Math.Abs(eta))) - label * eta;   // stable softplus
                default:
                    var max = margins.Max();
                    var logSum = max + Math.Log(margins.Sum(m => Math.Exp(m - max)));
                    for (var k = 0; k < margins.Length; k++)
                        means[k] = Math.Exp(margins[k] - logSum);
                    return logSum - margins[(int)label];
            }
        }

        /// <summary>d loss / d margin_k = mean − target.</summary>
        private double Residual(double[] means, float label, int k) =>
            means[k] - (objective.Kind == ObjectiveKind.Multiclass ? (k == (int)label ? 1 : 0) : label);

        /// <summary>d² loss / d margin_k d margin_l.</summary>
        private double Curvature(double[] means, int k, int l) =>
            objective.Kind == ObjectiveKind.Regression ? 1
            : k == l ? means[k] * (1 - means[k])
            : -means[k] * means[l];
    }
}
