using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Remedy.Runtime.Values;

/// <summary>
/// Canonical JSON for values. Strings, booleans and null map to themselves; the other kinds are tagged
/// (<c>{"int":3}</c>, <c>{"number":0.5}</c>, <c>{"duration_ms":30000}</c>, <c>{"list":[…]}</c>, <c>{"map":{…}}</c>)
/// so that an int never comes back as a number and a duration never as an int. Map fields are written in
/// ordinal order so equal values give equal text, which the audit hash chain relies on.
/// </summary>
public static class ValueJson
{
    /// <summary>Serialises a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RValue value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Parses JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="value">The value, or <see cref="RValue.Null"/> on error.</param>
    /// <param name="error">Why the text is not a value, or null.</param>
    /// <returns>True when the text was a well-formed value.</returns>
    public static bool TryDeserialize(string json, out RValue value, out string? error)
    {
        value = RValue.Null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return TryRead(document.RootElement, out value, out error);
        }
        catch (JsonException e)
        {
            error = "malformed JSON: " + e.Message;
            return false;
        }
    }

    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, RValue value)
    {
        switch (value)
        {
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case IntValue i:
                writer.WriteStartObject();
                writer.WriteNumber("int", i.Value);
                writer.WriteEndObject();
                break;
            case NumberValue n:
                writer.WriteStartObject();
                if (double.IsFinite(n.Value))
                {
                    writer.WriteNumber("number", n.Value);
                }
                else
                {
                    // JSON has no NaN or infinity; keep them as text rather than failing to journal.
                    writer.WriteString("number", n.Value.ToString(CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
                break;
            case DurationValue d:
                writer.WriteStartObject();
                writer.WriteNumber("duration_ms", (long)d.Value.TotalMilliseconds);
                writer.WriteEndObject();
                break;
            case ListValue l:
                writer.WriteStartObject();
                writer.WriteStartArray("list");
                foreach (var item in l.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case MapValue m:
                writer.WriteStartObject();
                writer.WriteStartObject("map");
                foreach (var (name, field) in m.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, field);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>Reads a value from a JSON element.</summary>
    /// <param name="element">The element.</param>
    /// <param name="value">The value, or <see cref="RValue.Null"/> on error.</param>
    /// <param name="error">Why the element is not a value, or null.</param>
    /// <returns>True when the element was a well-formed value.</returns>
    public static bool TryRead(JsonElement element, out RValue value, out string? error)
    {
        value = RValue.Null;
        error = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                value = new StringValue(element.GetString() ?? string.Empty);
                return true;
            case JsonValueKind.True:
            case JsonValueKind.False:
                value = BoolValue.Of(element.GetBoolean());
                return true;
            case JsonValueKind.Object:
                return TryReadTagged(element, out value, out error);
            default:
                error = $"a bare JSON {element.ValueKind} is not a value; numbers, lists and maps are tagged";
                return false;
        }
    }

    private static bool TryReadTagged(JsonElement element, out RValue value, out string? error)
    {
        value = RValue.Null;
        error = null;
        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            error = "an empty JSON object is not a value";
            return false;
        }

        var tag = properties.Current;
        if (properties.MoveNext())
        {
            error = "a tagged value has exactly one property";
            return false;
        }

        switch (tag.Name)
        {
            case "int" when tag.Value.ValueKind == JsonValueKind.Number && tag.Value.TryGetInt64(out var i):
                value = new IntValue(i);
                return true;
            case "number" when tag.Value.ValueKind == JsonValueKind.Number:
                value = new NumberValue(tag.Value.GetDouble());
                return true;
            case "number" when tag.Value.ValueKind == JsonValueKind.String
                && double.TryParse(tag.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var special):
                value = new NumberValue(special);
                return true;
            case "duration_ms" when tag.Value.ValueKind == JsonValueKind.Number && tag.Value.TryGetInt64(out var ms):
                value = new DurationValue(TimeSpan.FromMilliseconds(ms));
                return true;
            case "list" when tag.Value.ValueKind == JsonValueKind.Array:
                var items = new List<RValue>();
                foreach (var item in tag.Value.EnumerateArray())
                {
                    if (!TryRead(item, out var read, out error))
                    {
                        return false;
                    }

                    items.Add(read);
                }

                value = new ListValue(items);
                return true;
            case "map" when tag.Value.ValueKind == JsonValueKind.Object:
                var fields = new List<KeyValuePair<string, RValue>>();
                foreach (var field in tag.Value.EnumerateObject())
                {
                    if (!TryRead(field.Value, out var read, out error))
                    {
                        return false;
                    }

                    fields.Add(new(field.Name, read));
                }

                value = new MapValue(fields);
                return true;
            default:
                error = $"unknown or malformed value tag '{tag.Name}'";
                return false;
        }
    }
}
