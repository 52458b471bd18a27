using System.Runtime.CompilerServices;
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
/// Trees with categorical splits are not taken: <see cref="TryCreate"/> declines them. <see cref="Add"/> and
/// <see cref="Score"/> run for every row of every prediction and are compiled fully optimised from their first call: the
/// runtime's quick first compilation of them measured slower through a whole first prediction.
/// </remarks>
internal sealed class TreeContributions
{
    // Every tree's splits, each tree's breadth first (so that a split comes before its children). Split k sends a row to
    // _children[2k] when its value of _feature[k] (a missing one replaced by _missing[k]) is at most _threshold[k], else
    // to _children[2k + 1]: a split's index within its tree, or _mostSplits + the leaf's index for a leaf, so that one
    // table per tree holds what the splits and the leaves lead to and the walks need no branch on which a child is.
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly float[] _missing;
    private readonly int[] _children;

    /// <summary>Tree t's splits are the indexes <c>_splitStart[t] .. _splitStart[t + 1] - 1</c>; none for a tree that adds nothing.</summary>
    private readonly int[] _splitStart;
    private readonly double[] _leaves;
    private readonly int[] _leafStart;
    private readonly int _columns;
    private readonly int _mostSplits;
    private readonly int _mostLeaves;

    private TreeContributions(Split[] splits, int[] splitStart, double[] leaves, int[] leafStart, int columns)
    {
        _feature = [.. splits.Select(s => s.Feature)];
        _threshold = [.. splits.Select(s => s.Threshold)];
        _missing = [.. splits.Select(s => s.Missing)];
        _splitStart = splitStart;
        _leaves = leaves;
        _leafStart = leafStart;
        _columns = columns;
        for (var t = 0; t < leafStart.Length; t++)
        {
            _mostSplits = Math.Max(_mostSplits, splitStart[t + 1] - splitStart[t]);
            _mostLeaves = Math.Max(_mostLeaves, (t + 1 < leafStart.Length ? leafStart[t + 1] : leaves.Length) - leafStart[t]);
        }
        var mostSplits = _mostSplits;
        _children = [.. splits.SelectMany(s => new[] { s.Left, s.Right }).Select(c => c >= 0 ? c : mostSplits + ~c)];
    }

    /// <summary>A split as read from ML.NET, its children numbered within its tree (a leaf as ML.NET codes it: the complement of its index).</summary>
    private readonly record struct Split(int Left, int Right, int Feature, float Threshold, float Missing);

    /// <summary>The flat form of <paramref name="ensemble"/>, or null when a tree has a categorical split.</summary>
    public static TreeContributions? TryCreate(RegressionTreeEnsemble ensemble, int columns)
    {
        var trees = ensemble.Trees;
        var splitStart = new int[trees.Count + 1];
        var leafStart = new int[trees.Count];
        List<Split> splits = [];
        List<double> leaves = [];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
                return null;
            leafStart[t] = leaves.Count;
            leaves.AddRange(tree.LeafValues);
            splitStart[t] = splits.Count;
            // A tree without a split adds nothing (ML.NET returns before walking it).
            if (tree.NumberOfNodes == 0 || tree.LeftChild[0] == 0)
                continue;
            if (!TryMissingValues(tree, out var missing) || missing is not null && missing.Length < tree.NumberOfNodes)
                return null;
            // Breadth first from the root, so that a split's children come after it.
            var order = new List<int> { 0 };
            var position = new int[tree.NumberOfNodes];
            for (var k = 0; k < order.Count; k++)
            {
                foreach (var child in (int[])[tree.LeftChild[order[k]], tree.RightChild[order[k]]])
                {
                    if (child < 0) continue;
                    position[child] = order.Count;
                    order.Add(child);
                }
            }
            foreach (var n in order)
            {
                if (tree.NumericalSplitFeatureIndexes[n] >= columns)
                    return null;
                var (left, right) = (tree.LeftChild[n], tree.RightChild[n]);
                splits.Add(new Split(left < 0 ? left : position[left], right < 0 ? right : position[right],
                    tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], missing is null ? float.NaN : missing[n]));
            }
        }
        splitStart[trees.Count] = splits.Count;
        return new TreeContributions([.. splits], splitStart, [.. leaves], leafStart, columns);
    }

    /// <summary>Adds one row's contributions to <paramref name="result"/> (zeros on entry).</summary>
    /// <remarks>
    /// Each tree is taken bottom up first (<see cref="Reach"/>), so the leaf of the row sent the other way at a split on
    /// its path is one look-up, not another walk down the tree.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<float> row, Span<double> result)
    {
        Span<float> sums = _columns <= 1024 ? stackalloc float[_columns] : new float[_columns];
        sums.Clear();
        Span<int> way = _mostSplits <= 1024 ? stackalloc int[_mostSplits] : new int[_mostSplits];
        Span<int> reached = _mostSplits + _mostLeaves <= 2048 ? stackalloc int[_mostSplits + _mostLeaves] : new int[_mostSplits + _mostLeaves];
        StartReached(reached);
        for (var t = 0; t < _leafStart.Length; t++)
        {
            if (!Reach(row, t, way, reached))
                continue;
            var first = _splitStart[t];
            var children = _children.AsSpan(2 * first);
            var leaves = _leaves.AsSpan(_leafStart[t]);
            var output = leaves[reached[0]];
            for (var k = 0; k < _mostSplits; k = children[2 * k + way[k]])
            {
                var ghost = leaves[reached[children[2 * k + 1 - way[k]]]];
                sums[_feature[first + k]] += (float)(output - ghost);
            }
        }
        for (var j = 0; j < _columns; j++)
            result[j] = sums[j];
    }

    /// <summary>The ensemble's raw score of a row: the sum of its trees' leaf values, tree after tree, in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Score(ReadOnlySpan<float> row)
    {
        var score = 0.0;
        for (var t = 0; t < _leafStart.Length; t++)
        {
            var first = _splitStart[t];
            if (first == _splitStart[t + 1])
            {
                score += _leafStart[t] < _leaves.Length ? _leaves[_leafStart[t]] : 0;
                continue;
            }
            // Down one path, with a branch per split: the processor runs ahead on its guess, which measured faster here
            // than evaluating every split (Reach) or choosing the child without a branch.
            var node = 0;
            while (node < _mostSplits)
            {
                var split = first + node;
                var value = row[_feature[split]];
                if (float.IsNaN(value))
                    value = _missing[split];
                if (value <= _threshold[split])
                    node = _children[2 * split];
                else
                    node = _children[2 * split + 1];
            }
            score += _leaves[_leafStart[t] + node - _mostSplits];
        }
        return score;
    }

    /// <summary>Readies a table for <see cref="Reach"/>: one entry per split of the largest tree, then each leaf's own index.</summary>
    private void StartReached(Span<int> reached)
    {
        for (var l = 0; l < _mostLeaves; l++)
            reached[_mostSplits + l] = l;
    }

    /// <summary>
    /// Tree <paramref name="t"/> bottom up: which way the row goes at each split (0 left, 1 right) and which leaf it reaches
    /// from there. Every split is evaluated, with no branch on the row's values, which costs less than the mispredicted
    /// branches of walking down. False for a tree without a split.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Reach(ReadOnlySpan<float> row, int t, Span<int> way, Span<int> reached)
    {
        var (first, count) = (_splitStart[t], _splitStart[t + 1] - _splitStart[t]);
        var children = _children.AsSpan(2 * first, 2 * count);
        for (var k = count - 1; k >= 0; k--)
        {
            var value = row[_feature[first + k]];
            if (float.IsNaN(value))
                value = _missing[first + k];
            var w = value <= _threshold[first + k] ? 0 : 1;
            way[k] = w;
            reached[k] = reached[children[2 * k + w]];
        }
        return count > 0;
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
}
