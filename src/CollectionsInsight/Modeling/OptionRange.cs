namespace CollectionsInsight.Modeling;

/// <summary>The range check every option of the recommender shares, with one message form.</summary>
internal static class OptionRange
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valid"/> is false.</exception>
    public static void Check(bool valid, string name, object value, string range)
    {
        if (!valid) throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}");
    }
}
