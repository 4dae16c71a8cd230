using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>cooldown 30m</c>: how long an open breaker stays open.</summary>
/// <param name="Duration">How long the breaker stays open.</param>
/// <param name="Span">Where it is.</param>
public sealed record BreakerCooldownClause(Expression Duration, SourceSpan Span) : BreakerClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Duration);
}
