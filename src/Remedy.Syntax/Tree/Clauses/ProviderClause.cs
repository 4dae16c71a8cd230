using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>provider "k8s.scale"</c>: the runtime provider that carries out a query or action.</summary>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="Span">Where it is.</param>
public sealed record ProviderClause(StringLiteral ProviderId, SourceSpan Span) : SyntaxNode(Span), IActionClause, IQueryClause
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(ProviderId);
}
