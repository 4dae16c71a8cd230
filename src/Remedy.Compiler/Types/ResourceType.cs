using Remedy.Compiler.Symbols;

namespace Remedy.Compiler.Types;

/// <summary>A declared resource such as <c>k8s.Pod</c>, or the built-in <c>alert</c>.</summary>
/// <param name="Symbol">The resource's symbol, which holds its fields.</param>
public sealed record ResourceType(ResourceSymbol Symbol) : RemedyType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Resource;

    /// <inheritdoc />
    public override string DisplayName => Symbol.QualifiedName;

    /// <inheritdoc />
    public bool Equals(ResourceType? other) => other is not null && ReferenceEquals(Symbol, other.Symbol);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Symbol);
}
