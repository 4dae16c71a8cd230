using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>max_percent 25%</c>: the largest share of the population one run may act on.</summary>
/// <param name="Percent">The largest share.</param>
/// <param name="Span">Where it is.</param>
public sealed record MaxPercentClause(Expression Percent, SourceSpan Span) : BlastRadiusClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Percent);
}
