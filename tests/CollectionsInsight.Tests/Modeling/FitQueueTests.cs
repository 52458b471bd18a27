using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;

namespace CollectionsInsight.Tests.Modeling;

public class FitQueueTests
{
    [Fact]
    public void Run_Failures_TheFirstInOrderIsThrownAsItself()
    {
        var ran = new bool[4];
        var queue = new FitQueue();
        queue.Add(() => ran[0] = true, trainsTrees: false);
        queue.Add(() => { ran[1] = true; throw new InsufficientDataException("first"); }, trainsTrees: true);
        queue.Add(() => { ran[2] = true; throw new InvalidOperationException("second"); }, trainsTrees: false);
        queue.Add(() => ran[3] = true, trainsTrees: true);

        var error = Assert.Throws<InsufficientDataException>(queue.Run);

        Assert.Equal("first", error.Message);
        Assert.All(ran, Assert.True);
    }

    [Fact]
    public void Run_WhileTreesTrain_TheOtherCoreTakesAFitWithoutTreesFirst()
    {
        var started = StartOrder([("trees 1", true), ("trees 2", true), ("linear", false)], holding: "trees 1", awaited: "linear");

        Assert.True(started.IndexOf("linear") < started.IndexOf("trees 2"), string.Join(", ", started));
    }

    [Fact]
    public void Run_NoTreesTraining_ATreeFitIsStartedBeforeLaterFitsWithoutTrees()
    {
        var started = StartOrder([("linear 1", false), ("linear 2", false), ("trees", true)], holding: "linear 1", awaited: "trees");

        Assert.True(started.IndexOf("trees") < started.IndexOf("linear 2"), string.Join(", ", started));
    }

    /// <summary>
    /// The order in which one queue of <paramref name="fits"/> starts them. The fit <paramref name="holding"/> holds its
    /// core until <paramref name="awaited"/> has started, or a long time has passed, so that a broken rule fails the
    /// test rather than hanging it.
    /// </summary>
    private static List<string> StartOrder((string Name, bool TrainsTrees)[] fits, string holding, string awaited)
    {
        var started = new List<string>();
        using var awaitedStarted = new ManualResetEventSlim();
        var queue = new FitQueue();
        foreach (var (name, trainsTrees) in fits)
        {
            queue.Add(() =>
            {
                lock (started) started.Add(name);
                if (name == awaited) awaitedStarted.Set();
                if (name == holding) awaitedStarted.Wait(TimeSpan.FromSeconds(30));
            }, trainsTrees);
        }
        queue.Run();
        return started;
    }

    [Fact]
    public void Add_AResultAnotherFitNeeds_IsFittedOnce()
    {
        var fitted = 0;
        var queue = new FitQueue();
        var propensity = queue.Add(() => Interlocked.Increment(ref fitted), trainsTrees: false);
        var outcome = queue.Add(() => propensity.Value * 10, trainsTrees: false);

        queue.Run();

        Assert.Equal(1, fitted);
        Assert.Equal(10, outcome.Value);
    }
}
