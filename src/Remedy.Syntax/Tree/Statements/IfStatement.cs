using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>if c { } else { }</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">What runs when it holds.</param>
/// <param name="ElseIf">An <c>else if</c>, if any.</param>
/// <param name="Else">The <c>else</c> block, if any.</param>
/// <param name="Span">Where it is.</param>
public sealed record IfStatement(Expression Condition, Block Then, IfStatement? ElseIf, Block? Else, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Condition, Then, ElseIf, Else);
}
