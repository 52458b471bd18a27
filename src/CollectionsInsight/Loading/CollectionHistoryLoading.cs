using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// <c>CollectionHistory.Load</c>: the history's entry point for files, declared here so that the domain does not
/// depend on loading. With <c>using CollectionsInsight.Loading;</c> it reads as a static method of the history.
/// </summary>
public static class CollectionHistoryLoading
{
    extension(CollectionHistory)
    {
        /// <summary>Loads and validates the four CSV files in <paramref name="folder"/> (or one flat export of invoices: the file, or a folder holding only it), leniently.</summary>
        public static CollectionHistory Load(string folder) => HistoryLoader.Load(folder, new LoadOptions());

        /// <summary>Loads and validates the four CSV files in <paramref name="folder"/> (or one flat export of invoices: the file, or a folder holding only it).</summary>
        /// <exception cref="DataLoadException">A file is missing or unreadable, or (strict mode) any row has an issue.</exception>
        public static CollectionHistory Load(string folder, LoadOptions options) => HistoryLoader.Load(folder, options);
    }
}
