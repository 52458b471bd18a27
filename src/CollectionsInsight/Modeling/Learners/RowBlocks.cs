namespace CollectionsInsight.Modeling.Learners;

/// <summary>Work over rows cut into one block per core, the blocks in parallel.</summary>
internal static class RowBlocks
{
    /// <summary>
    /// Calls <paramref name="body"/>(start, end) for rows start to end − 1 of each block, in parallel; blocks have at
    /// least 1,000 rows, so small inputs stay on one thread. The cut depends only on the row count and the cores.
    /// </summary>
    public static void ForEach(int rows, Action<int, int> body)
    {
        var blocks = Math.Clamp(rows / 1000, 1, Environment.ProcessorCount);
        Parallel.For(0, blocks, block => body(rows * block / blocks, rows * (block + 1) / blocks));
    }
}
