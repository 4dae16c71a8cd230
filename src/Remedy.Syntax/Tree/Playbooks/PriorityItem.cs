using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>priority 10</c>: which of two playbooks on the same trigger wins (higher first).</summary>
/// <param name="Value">The priority.</param>
/// <param name="Span">Where it is.</param>
public sealed record PriorityItem(Expression Value, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Value);
}
