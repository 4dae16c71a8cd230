using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remedy.Runtime.Values;

/// <summary>Lets System.Text.Json serialise <see cref="RValue"/> in the canonical form of <see cref="ValueJson"/>.</summary>
public sealed class RValueJsonConverter : JsonConverter<RValue>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override RValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ValueJson.TryRead(document.RootElement, out var value, out var error)
            ? value
            : throw new JsonException(error);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RValue value, JsonSerializerOptions options) =>
        ValueJson.Write(writer, value ?? RValue.Null);
}
