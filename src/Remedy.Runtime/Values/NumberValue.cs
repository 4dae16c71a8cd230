using System.Globalization;

namespace Remedy.Runtime.Values;

/// <summary>A floating-point number.</summary>
/// <param name="Value">The number.</param>
public sealed record NumberValue(double Value) : RValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Number;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
