using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>capture previous = deployment.replicas</c>: state snapshotted before an action runs, for its rollback.</summary>
/// <param name="Name">The captured value's name.</param>
/// <param name="Value">What to capture.</param>
/// <param name="Span">Where it is.</param>
public sealed record CaptureClause(Identifier Name, Expression Value, SourceSpan Span) : SyntaxNode(Span), IActionClause
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Value);
}
