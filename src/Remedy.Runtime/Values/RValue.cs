using System.Text.Json.Serialization;

namespace Remedy.Runtime.Values;

/// <summary>
/// A runtime value: what generated code passes to providers, what providers return, and what the journal
/// stores as captured state. Immutable, compared by value, and serialisable to JSON through <see cref="ValueJson"/>.
/// </summary>
[JsonConverter(typeof(RValueJsonConverter))]
public abstract record RValue
{
    /// <summary>The null value.</summary>
    public static RValue Null => NullValue.Instance;

    /// <summary>The kind of this value.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>Wraps a string.</summary>
    /// <param name="value">The string; null becomes the empty string.</param>
    public static implicit operator RValue(string value) => new StringValue(value ?? string.Empty);

    /// <summary>Wraps an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator RValue(long value) => new IntValue(value);

    /// <summary>Wraps an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator RValue(int value) => new IntValue(value);

    /// <summary>Wraps a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator RValue(double value) => new NumberValue(value);

    /// <summary>Wraps a boolean.</summary>
    /// <param name="value">The boolean.</param>
    public static implicit operator RValue(bool value) => BoolValue.Of(value);

    /// <summary>Wraps a duration.</summary>
    /// <param name="value">The duration.</param>
    public static implicit operator RValue(TimeSpan value) => new DurationValue(value);

    /// <summary>Returns the string when this is a string value.</summary>
    /// <param name="value">The string, or empty.</param>
    /// <returns>True when this is a string.</returns>
    public bool TryGetString(out string value)
    {
        value = this is StringValue s ? s.Value : string.Empty;
        return this is StringValue;
    }

    /// <summary>Returns the integer when this is an int value.</summary>
    /// <param name="value">The integer, or 0.</param>
    /// <returns>True when this is an int.</returns>
    public bool TryGetInt(out long value)
    {
        value = this is IntValue i ? i.Value : 0;
        return this is IntValue;
    }

    /// <summary>Returns the number when this is a number or an int (ints widen to numbers).</summary>
    /// <param name="value">The number, or 0.</param>
    /// <returns>True when this is numeric.</returns>
    public bool TryGetNumber(out double value)
    {
        (value, var ok) = this switch
        {
            NumberValue n => (n.Value, true),
            IntValue i => (i.Value, true),
            _ => (0d, false),
        };
        return ok;
    }

    /// <summary>Returns the boolean when this is a bool value.</summary>
    /// <param name="value">The boolean, or false.</param>
    /// <returns>True when this is a bool.</returns>
    public bool TryGetBool(out bool value)
    {
        value = this is BoolValue b && b.Value;
        return this is BoolValue;
    }

    /// <summary>Returns the duration when this is a duration value.</summary>
    /// <param name="value">The duration, or zero.</param>
    /// <returns>True when this is a duration.</returns>
    public bool TryGetDuration(out TimeSpan value)
    {
        value = this is DurationValue d ? d.Value : TimeSpan.Zero;
        return this is DurationValue;
    }

    /// <summary>The value as canonical JSON (see <see cref="ValueJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ValueJson.Serialize(this);
}
