using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>rollback scale(deployment, previous)</c>: the compensating action.</summary>
/// <param name="Call">The compensating call.</param>
/// <param name="Span">Where it is.</param>
public sealed record RollbackClause(CallExpression Call, SourceSpan Span) : SyntaxNode(Span), IActionClause
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Call);
}
