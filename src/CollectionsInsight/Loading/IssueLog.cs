using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>Collects issues: lists the first ones, counts all, and throws on the first in strict mode.</summary>
internal sealed class IssueLog(bool strict, int maxListed)
{
    private readonly List<DataQualityIssue> _listed = [];
    private readonly Dictionary<(string File, string Reason, IssueSeverity Severity), long> _counts = [];

    public IReadOnlyList<DataQualityIssue> Listed => _listed;

    public IReadOnlyList<IssueCount> Counts =>
        _counts.Select(c => new IssueCount(c.Key.File, c.Key.Reason, c.Value, c.Key.Severity)).ToArray();

    public void Add(DataQualityIssue issue)
    {
        if (strict)
            throw new DataLoadException($"{issue} (strict mode stops at the first issue)", issue);
        if (_listed.Count < maxListed) _listed.Add(issue);
        var key = (issue.File, CountingReason(issue.Reason), issue.Severity);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>An empty log with the same settings, for a file read side by side with another; see <see cref="Append"/>.</summary>
    public IssueLog ForOneFile() => new(strict, maxListed);

    /// <summary>Adds what another log collected, as if its issues had been added here one by one.</summary>
    public void Append(IssueLog other)
    {
        _listed.AddRange(other._listed.Take(maxListed - _listed.Count));
        foreach (var (key, count) in other._counts)
            _counts[key] = _counts.GetValueOrDefault(key) + count;
    }

    // Reasons that quote a value ("... belongs to customer 'C1'", "rejected with its customer 'C1': ...") are
    // counted under their general form.
    private static string CountingReason(string reason)
    {
        var quote = reason.IndexOf('\'');
        return quote < 0 ? reason : reason[..quote].TrimEnd();
    }
}
