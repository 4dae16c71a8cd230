using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>trip after 3 failures within 1h</c>: when the breaker opens.</summary>
/// <param name="Failures">How many failures open the breaker.</param>
/// <param name="Window">The window the failures are counted in.</param>
/// <param name="Span">Where it is.</param>
public sealed record TripClause(Expression Failures, Expression Window, SourceSpan Span) : BreakerClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Failures, Window);
}
