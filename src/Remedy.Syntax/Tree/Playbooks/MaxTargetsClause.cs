using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>max_targets 3</c>: the most targets one run may act on.</summary>
/// <param name="Count">The largest number of targets.</param>
/// <param name="Span">Where it is.</param>
public sealed record MaxTargetsClause(Expression Count, SourceSpan Span) : BlastRadiusClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count);
}
