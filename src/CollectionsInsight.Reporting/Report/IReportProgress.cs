using CollectionsInsight.Domain;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// What building a <see cref="ReportBundle"/> tells its caller while it works: a console shows it as progress bars, status
/// lines and messages. Every member has a silent default, so a notebook can pass nothing.
/// </summary>
public interface IReportProgress
{
    /// <summary>Runs the loading of the data files, which reports through the given progress how far it is.</summary>
    CollectionHistory Loading(Func<IProgress<LoadProgress>?, CollectionHistory> load) => load(null);

    /// <summary>Runs a long step that says in words what it is doing, starting with <paramref name="first"/>.</summary>
    T Working<T>(string first, Func<Action<string>, T> work) => work(_ => { });

    /// <summary>A line for the user: the as-of date and why, which model is used, or why there is none.</summary>
    void Say(string line)
    {
    }
}
