using CollectionsInsight.Domain;

namespace CollectionsInsight.Metrics;

/// <summary>A customer attribute to split the tables by.</summary>
public enum CustomerAttribute { Segment, Country, Terms }
