// A kernel runs in this process and starts in its notebook's folder: the current directory is the process's, so the
// notebooks and fixtures run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
