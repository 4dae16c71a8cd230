using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>abort "msg"</c>: stops the run as failed.</summary>
/// <param name="Message">Why the run stops.</param>
/// <param name="Span">Where it is.</param>
public sealed record AbortStatement(StringLiteral Message, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Message);
}
