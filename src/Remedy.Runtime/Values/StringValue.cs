namespace Remedy.Runtime.Values;

/// <summary>A string value.</summary>
/// <param name="Value">The text.</param>
public sealed record StringValue(string Value) : RValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.String;

    /// <inheritdoc />
    public override string ToString() => Value;
}
