using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Metrics;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>analyze</c>: days to pay and the DSO family by channel mix, in both views, with the audit trail.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Measure as of this date (default: the latest date in the data)");
        var output = CommonOptions.Out("Folder to write channel_mix_summary.csv, dso_monthly.csv, survival.csv and metrics.json into");
        var by = OptionChecks.OneOf("--by", "Also split every table by a customer attribute",
            new Dictionary<string, CustomerAttribute> { ["segment"] = CustomerAttribute.Segment, ["country"] = CustomerAttribute.Country, ["terms"] = CustomerAttribute.Terms });
        var window = new Option<int>("--window-days") { Description = "W: the episode's channel mix is that of its first W days", DefaultValueFactory = _ => 7 }.Within(1, 365);
        var horizon = new Option<int>("--horizon-days") { Description = "H: paid within H days of the episode start", DefaultValueFactory = _ => 30 }.Within(1, 3650);
        var dsoPeriod = DsoPeriodMonths();
        var mapping = CommonOptions.Mapping();
        var command = new Command("analyze", "Days to pay and DSO (standard, countback, best possible, ADD, CEI) by channel mix: phone, email, both")
        {
            data, asOf, output, by, window, horizon, dsoPeriod, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping));
            var options = new ChannelEffectivenessOptions
            {
                GroupBy = parse.GetValue(by),
                WindowDays = parse.GetValue(window),
                HorizonDays = parse.GetValue(horizon),
                DsoPeriodMonths = parse.GetValue(dsoPeriod),
            };
            var result = ChannelEffectiveness.Compute(history, CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf)), options);
            var folder = parse.GetRequiredValue(output);
            AtomicOutput.ReplaceFolder(folder, staging => Write(staging, result));
            PrintHeadline(context.Console, result);
            context.Console.WriteLine($"Wrote channel_mix_summary.csv, dso_monthly.csv, survival.csv and metrics.json to {folder}");
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>--dso-period-months: many credit teams report a monthly DSO, others a quarterly one (the default).</summary>
    internal static Option<int> DsoPeriodMonths() =>
        new Option<int>("--dso-period-months")
        {
            Description = "Months in each DSO period (the month and the ones before it): 1 for a monthly DSO, 3 for quarterly",
            DefaultValueFactory = _ => new ChannelEffectivenessOptions().DsoPeriodMonths,
        }.Within(1, 12);

    internal static void Write(string folder, ChannelEffectivenessResult result)
    {
        EffectivenessFiles.WriteAll(folder, result);
        AtomicOutput.WriteFile(Path.Combine(folder, "metrics.json"), stream => JsonSerializer.Serialize(stream, result, JsonOptions));
    }

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new MonthConverter() },
    };

    internal static void PrintHeadline(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        foreach (var view in new[] { MixView.Episode, MixView.Lifetime })
        {
            // Headers break where they should and figures never do, so the table fits 80 columns.
            var table = new Table()
                .Title($"{EffectivenessFiles.Word(view)} view, as of {result.AsOf:yyyy-MM-dd}")
                .AddColumns(
                    [.. new[] { "channel\nmix", "invoices", "paid", "mean days\nto pay", "days\nbeyond\nterms", $"paid\nwithin\n{result.Options.HorizonDays} d", "KM\nmedian\ndays" }
                        .Select(header => new TableColumn(header).NoWrap())]);
            foreach (var m in result.Headline(view).Where(m => m.Invoices > 0))
            {
                table.AddRow(m.Mix.ToWord(), $"{m.Invoices:N0}", $"{m.PaidShare:P0}",
                    m.DaysToPay is { } d ? $"{d.Mean:0.0} ({m.MeanDaysToPayInterval!.Lower:0.0}-{m.MeanDaysToPayInterval.Upper:0.0})" : "-",
                    m.DaysBeyondTerms is { } b ? $"{b.Mean:0.0}" : "-",
                    m.PaidWithinHorizon is { } p ? $"{p:P0}" : "-",
                    m.KmMedianDays is { } median ? $"{median} ({m.KmMedianLower?.ToString() ?? "?"}-{m.KmMedianUpper?.ToString() ?? "?"})" : "-");
            }
            console.Write(table);
        }
        foreach (var caveat in result.Caveats) console.WriteLine("- " + caveat);
    }

    /// <summary>Months as yyyy-MM-dd dates keep their meaning in JSON; DateOnly has no default converter gap, this pins the format.</summary>
    private sealed class MonthConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DateOnly.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString("yyyy-MM-dd"));
    }
}
