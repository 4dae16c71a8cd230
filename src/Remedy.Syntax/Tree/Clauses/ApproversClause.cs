using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>approvers 2</c>: how many different people must approve a supervised step.</summary>
/// <param name="Count">The number of approvers.</param>
/// <param name="Span">Where it is.</param>
public sealed record ApproversClause(Expression Count, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember, IStepMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count);
}
