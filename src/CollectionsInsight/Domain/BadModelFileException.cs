namespace CollectionsInsight.Domain;

/// <summary>A file that is not a channel model, or one written by another model-file version (retrain).</summary>
public sealed class BadModelFileException(string message, Exception? inner = null) : CollectionsInsightException(message, inner);
