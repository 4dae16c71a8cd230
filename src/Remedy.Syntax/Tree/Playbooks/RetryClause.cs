using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>retry 2 backoff 10s</c>: how often a failing step is tried again.</summary>
/// <param name="Count">How many retries after the first attempt.</param>
/// <param name="Backoff">The pause between attempts, if any.</param>
/// <param name="Span">Where it is.</param>
public sealed record RetryClause(Expression Count, Expression? Backoff, SourceSpan Span) : SyntaxNode(Span), IStepMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count, Backoff);
}
