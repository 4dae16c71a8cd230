using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>cooldown 30m per target</c>: never remediate the same target twice within this time.</summary>
/// <param name="Duration">The per-target cooldown.</param>
/// <param name="Span">Where it is.</param>
public sealed record TargetCooldownItem(Expression Duration, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Duration);
}
