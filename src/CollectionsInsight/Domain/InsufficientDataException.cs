namespace CollectionsInsight.Domain;

/// <summary>Data that is valid but too little for the job, such as too few episodes to train the channel model.</summary>
public sealed class InsufficientDataException(string message, Exception? inner = null) : CollectionsInsightException(message, inner);
