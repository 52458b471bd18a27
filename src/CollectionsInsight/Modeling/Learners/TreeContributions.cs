using Microsoft.ML.Trainers.FastTree;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// A tree ensemble's feature contributions computed straight from its trees in flat arrays: what ML.NET's calculator
/// (InternalRegressionTree.AppendFeatureContributions) gives, value for value, without its buffers. Along the path a row
/// takes through a tree, each split's feature gets (as a float) the row's leaf value minus the leaf value of the row sent
/// the other way at that split; a feature's contributions are summed in float, tree after tree, split after split.
/// </summary>
/// <remarks>
/// A missing value (NaN) is replaced at each split by the value ML.NET puts there (<see cref="TryMissingValues"/>).
/// Trees with categorical splits are not taken: <see cref="TryCreate"/> declines them.
/// </remarks>
internal sealed class TreeContributions
{
    private readonly int[] _roots;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly float[] _missingValue;
    private readonly double[] _leaves;
    private readonly int[] _leafStart;
    private readonly int _columns;

    private TreeContributions(int[] roots, int[] left, int[] right, int[] feature, float[] threshold, float[] missingValue, double[] leaves, int[] leafStart, int columns)
    {
        _roots = roots;
        _left = left;
        _right = right;
        _feature = feature;
        _threshold = threshold;
        _missingValue = missingValue;
        _leaves = leaves;
        _leafStart = leafStart;
        _columns = columns;
    }

    /// <summary>The flat form of <paramref name="ensemble"/>, or null when a tree has a categorical split.</summary>
    public static TreeContributions? TryCreate(RegressionTreeEnsemble ensemble, int columns)
    {
        var trees = ensemble.Trees;
        var roots = new int[trees.Count];
        var leafStart = new int[trees.Count];
        List<int> left = [], right = [], feature = [];
        List<float> threshold = [], missingValue = [];
        List<double> leaves = [];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
                return null;
            // A tree without a split adds nothing (ML.NET returns before walking it).
            roots[t] = tree.NumberOfNodes == 0 || tree.LeftChild[0] == 0 ? -1 : left.Count;
            leafStart[t] = leaves.Count;
            var offset = left.Count;
            if (!TryMissingValues(tree, out var missing) || missing is not null && missing.Length < tree.NumberOfNodes)
                return null;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                if (tree.NumericalSplitFeatureIndexes[n] >= columns)
                    return null;
                left.Add(tree.LeftChild[n] >= 0 ? tree.LeftChild[n] + offset : tree.LeftChild[n]);
                right.Add(tree.RightChild[n] >= 0 ? tree.RightChild[n] + offset : tree.RightChild[n]);
                feature.Add(tree.NumericalSplitFeatureIndexes[n]);
                threshold.Add(tree.NumericalSplitThresholds[n]);
                missingValue.Add(missing is null ? float.NaN : missing[n]);
            }
            leaves.AddRange(tree.LeafValues);
        }
        return new TreeContributions(roots, [.. left], [.. right], [.. feature], [.. threshold], [.. missingValue], [.. leaves], leafStart, columns);
    }

    /// <summary>Adds one row's contributions to <paramref name="result"/> (zeros on entry).</summary>
    public void Add(ReadOnlySpan<float> row, Span<double> result)
    {
        Span<float> sums = _columns <= 1024 ? stackalloc float[_columns] : new float[_columns];
        sums.Clear();
        for (var t = 0; t < _roots.Length; t++)
        {
            var node = _roots[t];
            if (node < 0)
                continue;
            var output = _leaves[_leafStart[t] + ~Leaf(row, node)];
            while (node >= 0)
            {
                var split = _feature[node];
                int otherWay;
                if (Value(row, node) <= _threshold[node])
                {
                    otherWay = _right[node];
                    node = _left[node];
                }
                else
                {
                    otherWay = _left[node];
                    node = _right[node];
                }
                var ghost = _leaves[_leafStart[t] + ~Leaf(row, otherWay)];
                sums[split] += (float)(output - ghost);
            }
        }
        for (var j = 0; j < _columns; j++)
            result[j] = sums[j];
    }

    /// <summary>The ensemble's raw score of a row: the sum of its trees' leaf values, tree after tree, in double.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        var score = 0.0;
        for (var t = 0; t < _roots.Length; t++)
            score += _roots[t] < 0 ? (_leafStart[t] < _leaves.Length ? _leaves[_leafStart[t]] : 0) : _leaves[_leafStart[t] + ~Leaf(row, _roots[t])];
        return score;
    }

    /// <summary>The row's value of the split feature at <paramref name="node"/>, a missing one replaced as ML.NET does.</summary>
    private float Value(ReadOnlySpan<float> row, int node)
    {
        var value = row[_feature[node]];
        return float.IsNaN(value) ? _missingValue[node] : value;
    }

    /// <summary>
    /// The value ML.NET puts in place of a missing one at each split (InternalRegressionTree.DefaultValueForMissing, set when
    /// a LightGBM model is converted), or null when it leaves missing values as they are. Not public, so read by reflection.
    /// </summary>
    /// <returns>False when this ML.NET does not have them where expected: the caller then leaves the trees to ML.NET.</returns>
    private static bool TryMissingValues(RegressionTree tree, out float[]? values)
    {
        values = null;
        var flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public;
        var inner = typeof(RegressionTreeBase).GetField("_tree", flags)?.GetValue(tree);
        if (inner is null)
            return false;
        var property = inner.GetType().GetProperty("DefaultValueForMissing", flags);
        var field = inner.GetType().GetField("DefaultValueForMissing", flags);
        if (property is null && field is null)
            return false;
        switch (property is not null ? property.GetValue(inner) : field!.GetValue(inner))
        {
            case null:
                return true;
            case float[] f:
                values = f;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The leaf (as ML.NET codes it: the complement of its index) a row reaches from <paramref name="node"/>.</summary>
    private int Leaf(ReadOnlySpan<float> row, int node)
    {
        while (node >= 0)
            node = Value(row, node) <= _threshold[node] ? _left[node] : _right[node];
        return node;
    }
}
