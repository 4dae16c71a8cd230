using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>(expr)</c>.</summary>
/// <param name="Inner">The parenthesised expression.</param>
/// <param name="Span">Where it is.</param>
public sealed record ParenthesizedExpression(Expression Inner, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Inner);
}
