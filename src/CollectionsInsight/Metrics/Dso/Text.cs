using System.Globalization;

namespace CollectionsInsight.Metrics;

/// <summary>Culture-invariant number formats for the explanations a credit manager reads.</summary>
internal static class Text
{
    public static string Money(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    public static string Days(double days) => days.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Percent(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"(a + b + c)" for several months, just "a" for one.</summary>
    public static string Sum<T>(IReadOnlyList<T> items, Func<T, string> format) =>
        items.Count == 1 ? format(items[0]) : "(" + string.Join(" + ", items.Select(format)) + ")";
}
