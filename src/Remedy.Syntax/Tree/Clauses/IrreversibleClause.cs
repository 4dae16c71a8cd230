using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>irreversible "reason"</c>: the action cannot be undone, and says why.</summary>
/// <param name="Reason">Why nothing can undo it.</param>
/// <param name="Span">Where it is.</param>
public sealed record IrreversibleClause(StringLiteral Reason, SourceSpan Span) : SyntaxNode(Span), IActionClause
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Reason);
}
