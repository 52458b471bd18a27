namespace CollectionsInsight.Domain;

/// <summary>
/// Input data that cannot be used: a missing or unreadable file, a missing column, a row in strict mode, a ground-truth
/// file that does not match, or data that lacks a field a model needs. The message names the file and, where there is
/// one, the line, column and value.
/// </summary>
public class BadDataException(string message, Exception? inner = null) : CollectionsInsightException(message, inner);
