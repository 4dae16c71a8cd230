using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>escalate "team"</c>: hands the incident to a human; not a mutation.</summary>
/// <param name="Target">Who to escalate to.</param>
/// <param name="Span">Where it is.</param>
public sealed record EscalateStatement(Expression Target, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Target);
}
