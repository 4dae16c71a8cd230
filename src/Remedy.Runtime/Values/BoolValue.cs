namespace Remedy.Runtime.Values;

/// <summary>A boolean value.</summary>
/// <param name="Value">The boolean.</param>
public sealed record BoolValue(bool Value) : RValue
{
    private static readonly BoolValue TrueValue = new(true);
    private static readonly BoolValue FalseValue = new(false);

    /// <summary>The shared instance for a boolean (booleans are common in results; no need to allocate).</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The shared value.</returns>
    public static BoolValue Of(bool value) => value ? TrueValue : FalseValue;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Bool;

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}
