using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>target[index]</c>.</summary>
/// <param name="Target">What is indexed.</param>
/// <param name="Index">The key or position.</param>
/// <param name="Span">Where it is.</param>
public sealed record IndexExpression(Expression Target, Expression Index, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Target, Index);
}
