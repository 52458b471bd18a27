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
        // The first fit trains trees until the fit without trees has started (or a long time has passed, so that a
        // broken rule fails the test rather than hanging it).
        var started = new List<string>();
        using var linearStarted = new ManualResetEventSlim();
        var queue = new FitQueue();
        queue.Add(() => { Start("trees 1"); linearStarted.Wait(TimeSpan.FromSeconds(30)); }, trainsTrees: true);
        queue.Add(() => Start("trees 2"), trainsTrees: true);
        queue.Add(() => { Start("linear"); linearStarted.Set(); }, trainsTrees: false);

        queue.Run();

        Assert.Equal(["trees 1", "linear", "trees 2"], started);

        void Start(string fit)
        {
            lock (started) started.Add(fit);
        }
    }

    [Fact]
    public void Run_NoTreesTraining_ATreeFitIsStartedBeforeLaterFitsWithoutTrees()
    {
        // The first fit without trees holds its core until the tree fit has started (or a long time has passed).
        var started = new List<string>();
        using var treesStarted = new ManualResetEventSlim();
        var queue = new FitQueue();
        queue.Add(() => { Start("linear 1"); treesStarted.Wait(TimeSpan.FromSeconds(30)); }, trainsTrees: false);
        queue.Add(() => Start("linear 2"), trainsTrees: false);
        queue.Add(() => { Start("trees"); treesStarted.Set(); }, trainsTrees: true);

        queue.Run();

        Assert.True(started.IndexOf("trees") < started.IndexOf("linear 2"), string.Join(", ", started));

        void Start(string fit)
        {
            lock (started) started.Add(fit);
        }
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
