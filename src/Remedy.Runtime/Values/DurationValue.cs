using System.Globalization;

namespace Remedy.Runtime.Values;

/// <summary>A duration value.</summary>
/// <param name="Value">The duration.</param>
public sealed record DurationValue(TimeSpan Value) : RValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Duration;

    /// <inheritdoc />
    public override string ToString() => Value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
}
