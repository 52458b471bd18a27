namespace CollectionsInsight.Domain;

/// <summary>
/// A failure the user can fix: data that cannot be used, a model file that cannot be read, or too little data for the
/// job. Anything else the library throws is a programming error. The message is one line that names what to fix.
/// </summary>
public abstract class CollectionsInsightException(string message, Exception? inner = null) : Exception(message, inner);
