using System.Runtime.InteropServices;

namespace CollectionsInsight.Loading;

/// <summary>
/// A file's ids by a form that ignores how a spreadsheet or another system may have rewritten them: a whole number
/// without its leading zeros (a spreadsheet saves 000123 as 123) or its decimal point (pandas writes 123 as 123.0 in
/// a column with a gap), any other id in upper case. A reference unknown as written that names the one id of the other
/// file of its form is read as that id, with a warning; where two ids share the form, which is meant cannot be told.
/// </summary>
internal sealed class SimilarIds
{
    private Dictionary<string, string?>? _byForm;

    /// <summary>The one of <paramref name="ids"/> that is <paramref name="id"/> written another way; null when none or several are.</summary>
    public string? Find(string id, IEnumerable<string> ids)
    {
        // Built on the first unknown reference, after the file is read; two readers side by side may both build it.
        var byForm = LazyInitializer.EnsureInitialized(ref _byForm, () =>
        {
            var index = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var known in ids)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(index, Form(known), out var shared);
                entry = shared ? null : known;
            }
            return index;
        });
        return byForm.GetValueOrDefault(Form(id));
    }

    /// <summary>How <paramref name="similar"/>, the id found for <paramref name="id"/>, differs from it, for a message.</summary>
    public static string Difference(string id, string similar) =>
        WholeNumber(id) is not { } digits ? "in other letter case"
        : digits.Length != id.Length || WholeNumber(similar)!.Length != similar.Length
            ? "as a whole number, without a decimal point (pandas writes 123 as 123.0 in a column with gaps)"
            : "with other leading zeros (a spreadsheet drops them)";

    private static string Form(string id) => WholeNumber(id) is { } digits ? digits.TrimStart('0') : id.ToUpperInvariant();

    /// <summary>The digits of an id that is a whole number, written as one or with zeros after a decimal point; null for any other id.</summary>
    private static string? WholeNumber(string id)
    {
        var point = id.IndexOf('.');
        var digits = point < 0 ? id : id[..point];
        return digits.Length > 0 && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            && (point < 0 || (point < id.Length - 1 && id.AsSpan(point + 1).IndexOfAnyExcept('0') < 0))
            ? digits
            : null;
    }
}
