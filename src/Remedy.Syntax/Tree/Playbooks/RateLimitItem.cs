using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>rate_limit 5 per 1h</c>: the most runs in a window.</summary>
/// <param name="Count">How many runs are allowed.</param>
/// <param name="Window">The window they are counted in.</param>
/// <param name="Span">Where it is.</param>
public sealed record RateLimitItem(Expression Count, Expression Window, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count, Window);
}
