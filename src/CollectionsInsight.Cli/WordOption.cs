using System.CommandLine;

namespace CollectionsInsight.Cli;

/// <summary>An enum option read from its word (<see cref="OptionChecks.Word"/>); null when absent, then <see cref="Default"/> applies.</summary>
internal sealed class WordOption<T>(string name, T defaultValue) : Option<T?>(name) where T : struct, Enum
{
    public T Default { get; } = defaultValue;
}
