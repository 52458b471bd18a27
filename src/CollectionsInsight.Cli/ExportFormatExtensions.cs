using System.CommandLine;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Cli;

/// <summary>Lets a command list <see cref="ExportFormatOptions"/> among its options and read them like one option.</summary>
internal static class ExportFormatExtensions
{
    public static void Add(this Command command, ExportFormatOptions format)
    {
        command.Add(format.Mapping);
        command.Add(format.Delimiter);
        command.Add(format.DateFormat);
        command.Add(format.Encoding);
    }

    public static ColumnMapping? GetValue(this ParseResult parse, ExportFormatOptions format) => format.Read(parse);
}
