using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>all x in xs: cond</c> or <c>any x in xs: cond</c>.</summary>
/// <param name="Kind">All or any.</param>
/// <param name="Variable">The bound variable.</param>
/// <param name="Source">The list.</param>
/// <param name="Body">The condition.</param>
/// <param name="Span">Where it is.</param>
public sealed record QuantifierExpression(QuantifierKind Kind, Identifier Variable, Expression Source, Expression Body, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Variable, Source, Body);
}
