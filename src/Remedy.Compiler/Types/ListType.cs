namespace Remedy.Compiler.Types;

/// <summary><c>list&lt;T&gt;</c>: a finite list.</summary>
/// <param name="Element">The type of the items.</param>
public sealed record ListType(RemedyType Element) : RemedyType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override bool ContainsError => Element.ContainsError;

    /// <inheritdoc />
    public override string DisplayName => $"list<{Element.DisplayName}>";
}
