using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A call used as a statement, such as <c>k8s.restart_pod(pod)</c>.</summary>
/// <param name="Expression">The expression.</param>
/// <param name="Span">Where it is.</param>
public sealed record ExpressionStatement(Expression Expression, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Expression);
}
