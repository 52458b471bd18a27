using System.Runtime.ExceptionServices;

namespace CollectionsInsight.Modeling;

/// <summary>
/// Independent fits, run two at a time by <see cref="Run"/>, each taken in the order added as soon as a core is free:
/// more at once would multiply the peak memory on large books. ML.NET trains one LightGBM model at a time in a process
/// (its trainer holds a lock), so the fits that train trees and those that train none are two lanes. While one core
/// trains trees, the other takes the next fit that trains none, if any is left, rather than wait on that lock; a core
/// that finds no trees training starts the next tree fit, so that the lane of trees, the longer, never waits. A fit's
/// result is lazy: a fit that needs another's (the linear learner its propensity model) waits for it, or fits it then
/// if the queue has not started it.
/// </summary>
internal sealed class FitQueue
{
    private readonly List<(Action Fit, bool TrainsTrees)> _fits = [];

    /// <summary>Queues <paramref name="fit"/>; its result is ready after <see cref="Run"/>, or when first asked for.</summary>
    public Lazy<T> Add<T>(Func<T> fit, bool trainsTrees)
    {
        var result = new Lazy<T>(fit);
        _fits.Add((() => _ = result.Value, trainsTrees));
        return result;
    }

    /// <summary>Queues <paramref name="fit"/>, which leaves its result where its caller reads it after <see cref="Run"/>.</summary>
    public void Add(Action fit, bool trainsTrees) => _fits.Add((fit, trainsTrees));

    /// <summary>
    /// Runs the fits queued since the last run. A failure is rethrown as itself (such as too little data, with its
    /// message for the user), the first in the order added.
    /// </summary>
    public void Run()
    {
        var fits = _fits.ToArray();
        _fits.Clear();
        var failures = new Exception?[fits.Length];
        var taken = new bool[fits.Length];
        var treesTraining = 0;
        var gate = new Lock();
        Parallel.For(0, 2, TwoAtATime, _ =>
        {
            while (true)
            {
                int next;
                lock (gate)
                {
                    next = Next(fits, taken, treesTraining > 0);
                    if (next < 0) return;
                    taken[next] = true;
                    if (fits[next].TrainsTrees) treesTraining++;
                }
                try
                {
                    fits[next].Fit();
                }
                catch (Exception e)
                {
                    failures[next] = e;
                }
                finally
                {
                    if (fits[next].TrainsTrees)
                    {
                        lock (gate) treesTraining--;
                    }
                }
            }
        });
        if (failures.FirstOrDefault(e => e is not null) is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>
    /// The first fit not taken of the free lane (one that trains trees when none are training, else one that trains
    /// none), or the first fit left when that lane has none; −1 when all are taken.
    /// </summary>
    private static int Next((Action Fit, bool TrainsTrees)[] fits, bool[] taken, bool treesTraining)
    {
        var first = -1;
        for (var i = 0; i < fits.Length; i++)
        {
            if (taken[i]) continue;
            if (fits[i].TrainsTrees != treesTraining) return i;
            if (first < 0) first = i;
        }
        return first;
    }

    private static readonly ParallelOptions TwoAtATime = new() { MaxDegreeOfParallelism = 2 };
}
