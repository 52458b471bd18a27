using System.Globalization;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// Runs report rendering under the invariant culture, so every interpolated number and date in the
/// report's words (<c>1,234.5</c>, <c>March 2025</c>) is the same on every machine.
/// </summary>
internal static class InvariantCulture
{
    public static T Run<T>(Func<T> render)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
