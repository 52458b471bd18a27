namespace CollectionsInsight.Reporting.Report;

/// <summary>One file of a bundle: its name in the folder and how it is written from <typeparamref name="T"/>.</summary>
internal sealed record OutputFile<T>(string Name, Action<string, T> Write);
