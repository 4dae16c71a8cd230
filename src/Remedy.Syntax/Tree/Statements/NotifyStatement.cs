using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>notify "channel" "text"</c>: tells people; not a mutation.</summary>
/// <param name="Channel">Where to send the message.</param>
/// <param name="Message">The message.</param>
/// <param name="Span">Where it is.</param>
public sealed record NotifyStatement(Expression Channel, Expression Message, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Channel, Message);
}
