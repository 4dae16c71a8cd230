using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>left op right</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Span">Where it is.</param>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Left, Right);
}
