using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionsInsight.Domain;

/// <summary>Writes and reads every enum in JSON as its word (<see cref="Words"/>), as the CSV files and the console do.</summary>
public sealed class WordJsonConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class EnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Words.TryParse<T>(reader.GetString(), out var value) ? value : throw new JsonException($"'{reader.GetString()}' is not one of {Words.List<T>()}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToWord());
    }
}
