namespace Remedy.Compiler.Types;

/// <summary><c>T?</c>: a value that may be absent.</summary>
/// <param name="Underlying">The type of the value when present.</param>
public sealed record OptionalType(RemedyType Underlying) : RemedyType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Optional;

    /// <inheritdoc />
    public override bool ContainsError => Underlying.ContainsError;

    /// <inheritdoc />
    public override string DisplayName => Underlying.DisplayName + "?";
}
