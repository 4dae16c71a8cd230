namespace Remedy.Runtime.Values;

/// <summary>
/// A record or map: named fields, compared by content. Resources (a pod, a file) and provider arguments
/// are maps. Field names are case-sensitive.
/// </summary>
public sealed record MapValue : RValue
{
    private readonly Dictionary<string, RValue> fields;

    /// <summary>The empty map.</summary>
    public static MapValue Empty { get; } = new(Array.Empty<KeyValuePair<string, RValue>>());

    /// <summary>Creates a map; a later duplicate name wins, which is what merging captured state needs.</summary>
    /// <param name="fields">The fields.</param>
    public MapValue(IEnumerable<KeyValuePair<string, RValue>> fields)
    {
        this.fields = new Dictionary<string, RValue>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            this.fields[name] = value ?? Null;
        }
    }

    /// <summary>The fields, by name.</summary>
    public IReadOnlyDictionary<string, RValue> Fields => fields;

    /// <summary>The number of fields.</summary>
    public int Count => fields.Count;

    /// <summary>Creates a map from name/value pairs: <c>MapValue.Of(("path", "/tmp/x"), ("keep", 3))</c>.</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The map.</returns>
    public static MapValue Of(params (string Name, RValue Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, RValue>(f.Name, f.Value)));

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Map;

    /// <summary>A field, or null when absent.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The value or null.</returns>
    public RValue? Get(string name) => fields.TryGetValue(name, out var v) ? v : null;

    /// <summary>A string field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The string, or empty.</param>
    /// <returns>True when present and a string.</returns>
    public bool TryGetString(string name, out string value)
    {
        value = string.Empty;
        return Get(name) is { } v && v.TryGetString(out value);
    }

    /// <summary>An int field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The integer, or 0.</param>
    /// <returns>True when present and an int.</returns>
    public bool TryGetInt(string name, out long value)
    {
        value = 0;
        return Get(name) is { } v && v.TryGetInt(out value);
    }

    /// <summary>A numeric field (int or number).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The number, or 0.</param>
    /// <returns>True when present and numeric.</returns>
    public bool TryGetNumber(string name, out double value)
    {
        value = 0;
        return Get(name) is { } v && v.TryGetNumber(out value);
    }

    /// <summary>A bool field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The boolean, or false.</param>
    /// <returns>True when present and a bool.</returns>
    public bool TryGetBool(string name, out bool value)
    {
        value = false;
        return Get(name) is { } v && v.TryGetBool(out value);
    }

    /// <summary>A duration field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The duration, or zero.</param>
    /// <returns>True when present and a duration.</returns>
    public bool TryGetDuration(string name, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        return Get(name) is { } v && v.TryGetDuration(out value);
    }

    /// <summary>A copy with one field set.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new map.</returns>
    public MapValue With(string name, RValue value) =>
        new(fields.Append(new KeyValuePair<string, RValue>(name, value)));

    /// <summary>A copy with the other map's fields laid over this one's.</summary>
    /// <param name="other">The fields that win.</param>
    /// <returns>The merged map.</returns>
    public MapValue Merge(MapValue other) => other.Count == 0 ? this : new(fields.Concat(other.fields));

    /// <inheritdoc />
    public bool Equals(MapValue? other)
    {
        if (other is null || other.fields.Count != fields.Count)
        {
            return false;
        }

        foreach (var (name, value) in fields)
        {
            if (!other.fields.TryGetValue(name, out var theirs) || !value.Equals(theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent so equal maps hash equally whatever order their fields were added in.
        var hash = 0;
        foreach (var (name, value) in fields)
        {
            hash ^= HashCode.Combine(name, value);
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() =>
        "{" + string.Join(", ", fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}")) + "}";
}
