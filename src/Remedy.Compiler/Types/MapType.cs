namespace Remedy.Compiler.Types;

/// <summary><c>map&lt;K, V&gt;</c>.</summary>
/// <param name="Key">The type of the keys.</param>
/// <param name="Value">The type of the values.</param>
public sealed record MapType(RemedyType Key, RemedyType Value) : RemedyType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Map;

    /// <inheritdoc />
    public override bool ContainsError => Key.ContainsError || Value.ContainsError;

    /// <inheritdoc />
    public override string DisplayName => $"map<{Key.DisplayName}, {Value.DisplayName}>";
}
