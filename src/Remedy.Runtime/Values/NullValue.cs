namespace Remedy.Runtime.Values;

/// <summary>The absence of a value.</summary>
public sealed record NullValue : RValue
{
    /// <summary>The only instance.</summary>
    public static NullValue Instance { get; } = new();

    private NullValue()
    {
    }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Null;

    /// <inheritdoc />
    public override string ToString() => "null";
}
