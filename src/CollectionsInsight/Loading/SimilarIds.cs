namespace CollectionsInsight.Loading;

/// <summary>
/// A file's ids by a form that ignores how a spreadsheet or another system may have rewritten them: a whole number
/// without its leading zeros (a spreadsheet saves 000123 as 123), any other id in upper case. A reference unknown as
/// written may name an id of the other file written another way: the message says so rather than leave the reader to
/// find it.
/// </summary>
internal sealed class SimilarIds
{
    private Dictionary<string, string>? _byForm;

    /// <summary>The one of <paramref name="ids"/> that is <paramref name="id"/> written another way; null when none is.</summary>
    public string? Find(string id, IEnumerable<string> ids)
    {
        // Built on the first unknown reference, after the file is read; two readers side by side may both build it.
        var byForm = LazyInitializer.EnsureInitialized(ref _byForm, () =>
        {
            var index = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var known in ids) index.TryAdd(Form(known), known);
            return index;
        });
        return byForm.GetValueOrDefault(Form(id));
    }

    /// <summary>How the id found for <paramref name="id"/> differs from it, for a message.</summary>
    public static string Difference(string id) => IsNumber(id)
        ? "with other leading zeros (a spreadsheet drops them)"
        : "in other letter case";

    private static string Form(string id) => IsNumber(id) ? id.TrimStart('0') : id.ToUpperInvariant();

    private static bool IsNumber(string id) => id.Length > 0 && id.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
