using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>timeout 30s</c>: the longest a query, action, step or playbook may take.</summary>
/// <param name="Duration">The time limit.</param>
/// <param name="Span">Where it is.</param>
public sealed record TimeoutClause(Expression Duration, SourceSpan Span) : SyntaxNode(Span), IActionClause, IQueryClause, IPlaybookMember, IStepMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Duration);
}
