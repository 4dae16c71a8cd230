using System.Globalization;

namespace Remedy.Runtime.Values;

/// <summary>An integer value.</summary>
/// <param name="Value">The integer.</param>
public sealed record IntValue(long Value) : RValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Int;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
