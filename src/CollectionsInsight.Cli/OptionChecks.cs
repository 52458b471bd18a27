using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Cli;

/// <summary>
/// Checks of option values made while the command line is parsed, so that a bad value is one line in the
/// option's own words, given before any data loads. The library checks the same ranges again.
/// </summary>
internal static class OptionChecks
{
    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>: <c>--window-days must be 1 to 365, got -1</c>.</summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max) where T : struct, INumber<T>
    {
        option.CustomParser = result =>
        {
            var text = Token(result);
            if (!T.TryParse(text, CultureInfo.InvariantCulture, out var value) || T.IsNaN(value))
                result.AddError($"{option.Name} must be a number from {Format(min)} to {Format(max)}, got '{text}'");
            else if (value < min || value > max)
                result.AddError($"{option.Name} must be {Format(min)} to {Format(max)}, got {text}");
            return value;
        };
        return option;
    }

    /// <summary>A file or folder name that is not empty, checked here as the file system would refuse it as a bug's argument.</summary>
    public static Option<T> NotEmpty<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Token(result).Length == 0) result.AddError("The value cannot be an empty string.");
        });
        return option;
    }

    /// <summary>An output path that, where it exists, is a folder (or, <paramref name="folder"/> false, a file): <c>--out: /x is a file; give a folder</c>.</summary>
    public static Option<T> OfKind<T>(this Option<T> option, bool folder)
    {
        option.Validators.Add(result =>
        {
            var path = Token(result);
            if (folder && File.Exists(path)) result.AddError($"{option.Name}: {path} is a file; give a folder");
            if (!folder && Directory.Exists(path)) result.AddError($"{option.Name}: {path} is a folder; give a file name");
        });
        return option;
    }

    /// <summary>
    /// A file or (<paramref name="folder"/> true) folder that must exist, or either (null), named by its option:
    /// <c>--model: the model file /x.json does not exist</c>.
    /// </summary>
    public static Option<T> MustExist<T>(this Option<T> option, string what, bool? folder = false)
    {
        option.Validators.Add(result =>
        {
            var path = Token(result);
            if (path.Length == 0 || (folder != false && Directory.Exists(path)) || (folder != true && File.Exists(path))) return;
            var other = folder switch { true when File.Exists(path) => "a file", false when Directory.Exists(path) => "a folder", _ => null };
            result.AddError(other is null ? $"{option.Name}: the {what} {path} does not exist" : $"{option.Name}: {path} is {other}, not the {what}");
        });
        return option;
    }

    /// <summary>
    /// A number from <paramref name="min"/> to <paramref name="max"/> or nothing, in the library's words:
    /// <c>responsiveness by segment must be 0 to 1, got 2</c>. A value that is not a number keeps the parser's own error.
    /// </summary>
    public static Option<double?> Within(this Option<double?> option, double min, double max, string what)
    {
        option.Validators.Add(result =>
        {
            if (double.TryParse(Token(result), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !(value >= min && value <= max))
                result.AddError($"{what} must be {Format(min)} to {Format(max)}, got {Convert.ToString(value, CultureInfo.InvariantCulture)}");
        });
        return option;
    }

    /// <summary>
    /// A word option read as its enum (the words of <see cref="Words"/>): <c>--learner: 'x' is not one of auto, s, ...</c>
    /// for a word that names none. Absent, it is <paramref name="defaultValue"/>.
    /// </summary>
    public static WordOption<T> Word<T>(string name, string description, T defaultValue) where T : struct, Enum =>
        new(name, defaultValue)
        {
            // Written here rather than by a default value factory, as the help would show the member's name (Auto), not its word.
            Description = $"{description} [default: {defaultValue.ToWord()}]",
            HelpName = name.TrimStart('-'),
            CustomParser = Parser<T?>(text => Words.TryParse<T>(text, out var value) ? value : null,
                text => $"{name}: '{text}' is not one of {Words.List<T>()}"),
        };

    /// <summary>One of an enum's few words (<see cref="Words"/>), listed in the help and in the error; null when absent.</summary>
    public static Option<T?> OneOf<T>(string name, string description) where T : struct, Enum =>
        new(name)
        {
            Description = description,
            HelpName = Words.List<T>().Replace(", ", "|", StringComparison.Ordinal),
            CustomParser = Parser<T?>(
                text => Words.TryParse<T>(text, out var value) ? value : null,
                text => $"{name} must be one of {Words.List<T>()}, got '{text}'"),
        };

    /// <summary>Reads the option's value with <paramref name="parse"/> (null: not valid, and <paramref name="error"/> says why).</summary>
    public static Func<ArgumentResult, T?> Parser<T>(Func<string, T?> parse, Func<string, string> error) => result =>
    {
        var text = Token(result);
        var value = parse(text);
        if (value is null) result.AddError(error(text));
        return value;
    };

    /// <summary>The command line's first error as one line; exit code 2 for a bad value, 1 for a wrong use of the command.</summary>
    public static int Report(ParseResult parsed, TextWriter error)
    {
        var first = parsed.Errors[0];
        var badValue = first.SymbolResult is OptionResult { Tokens.Count: > 0 } or ArgumentResult { Tokens.Count: > 0 };
        error.WriteLine(badValue
            ? $"error: {first.Message}"
            : $"error: {first.Message} ({parsed.CommandResult.Command.Name} --help lists the options)");
        return badValue ? CliApp.InputError : CliApp.UsageError;
    }

    private static string Token(SymbolResult result) =>
        result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    private static string Format<T>(T value) where T : INumber<T> => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
