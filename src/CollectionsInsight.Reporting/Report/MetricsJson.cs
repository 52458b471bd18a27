using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Metrics;

namespace CollectionsInsight.Reporting.Report;

/// <summary>metrics.json: the whole channel-effectiveness result, snake_case, enums as their words, months as yyyy-MM-dd.</summary>
internal static class MetricsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new WordJsonConverter(), new MonthConverter() },
    };

    public static void Write(string path, ChannelEffectivenessResult result) =>
        AtomicOutput.WriteFile(path, stream => JsonSerializer.Serialize(stream, result, Options));

    /// <summary>Months as yyyy-MM-dd dates keep their meaning in JSON; DateOnly has no default converter gap, this pins the format.</summary>
    private sealed class MonthConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DateOnly.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString("yyyy-MM-dd"));
    }
}
