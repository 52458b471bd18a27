namespace CollectionsInsight.Domain;

/// <summary>
/// Default collector minutes a call and an email take: the channel model's cost of a channel and the worklist's
/// capacity plan price them the same (calling and emailing at once takes both).
/// </summary>
internal static class CollectorMinutes
{
    public const int Call = 10;
    public const int Email = 4;
}
