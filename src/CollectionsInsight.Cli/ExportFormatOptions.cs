using System.CommandLine;
using System.Text;
using CollectionsInsight.Loading;

namespace CollectionsInsight.Cli;

/// <summary>
/// <c>--mapping</c>, <c>--delimiter</c>, <c>--date-format</c> and <c>--encoding</c>: how the user's export is written,
/// read as one <see cref="ColumnMapping"/> (the three options win over the mapping file's settings).
/// </summary>
internal sealed class ExportFormatOptions
{
    public Option<string?> Mapping { get; } = new Option<string?>("--mapping")
    {
        Description = "JSON file mapping your export's file and column names, delimiter, decimal separator, date format and encoding to the data contract's (see data-samples/README.md)",
    }.MustExist("mapping file");

    public Option<char?> Delimiter { get; } = new("--delimiter")
    {
        Description = "Field delimiter of the files (default: detected from each header row)",
        HelpName = "comma|semicolon|tab|pipe",
        CustomParser = OptionChecks.Parser<char?>(
            text => ColumnMapping.TryParseDelimiter(text, out var delimiter) ? delimiter : null,
            text => $"--delimiter must be one of comma, semicolon, tab, pipe, got '{text}'"),
    };

    public Option<string?> DateFormat { get; } = new("--date-format")
    {
        Description = "How the files write dates when not as yyyy-MM-dd, e.g. dd.MM.yyyy or MM/dd/yyyy (default: yyyy-MM-dd only)",
        CustomParser = OptionChecks.Parser(
            text => ColumnMapping.IsDateFormat(text) ? text : null,
            text => $"--date-format '{text}' {ColumnMapping.DateFormatRule}"),
    };

    public Option<Encoding?> Encoding { get; } = new("--encoding")
    {
        Description = "Encoding of files without a BOM, e.g. windows-1252 or latin1 (default: UTF-16 if the bytes show it, else UTF-8)",
        CustomParser = OptionChecks.Parser(
            text => ColumnMapping.TryParseEncoding(text, out var encoding) ? encoding : null,
            text => $"--encoding: '{text}' is not a known encoding (e.g. utf-8, utf-16, windows-1252, latin1)"),
    };

    public ColumnMapping? Read(ParseResult parse)
    {
        var mapping = parse.GetValue(Mapping) is { } path ? ColumnMapping.FromJsonFile(path) : null;
        var delimiter = parse.GetValue(Delimiter);
        var dateFormat = parse.GetValue(DateFormat);
        var encoding = parse.GetValue(Encoding);
        if (delimiter is null && dateFormat is null && encoding is null) return mapping;
        mapping ??= new ColumnMapping();
        return mapping with
        {
            Delimiter = delimiter ?? mapping.Delimiter,
            DateFormat = dateFormat ?? mapping.DateFormat,
            Encoding = encoding ?? mapping.Encoding,
        };
    }
}
