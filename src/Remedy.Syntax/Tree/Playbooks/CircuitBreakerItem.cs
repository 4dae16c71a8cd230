using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>circuit_breaker { trip after 3 failures within 1h; cooldown 30m }</c>.</summary>
/// <param name="Clauses">Its clauses, in source order.</param>
/// <param name="Span">Where it is.</param>
public sealed record CircuitBreakerItem(ImmutableArray<BreakerClause> Clauses, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Clauses;
}
