using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>not x</c> or <c>-x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">Where it is.</param>
public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Operand);
}
