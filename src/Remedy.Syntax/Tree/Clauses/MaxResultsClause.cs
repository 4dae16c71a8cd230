using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>max_results 500</c>: the most items a query returns, a static bound for blast-radius proofs.</summary>
/// <param name="Count">The largest number of results.</param>
/// <param name="Span">Where it is.</param>
public sealed record MaxResultsClause(Expression Count, SourceSpan Span) : SyntaxNode(Span), IQueryClause
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count);
}
