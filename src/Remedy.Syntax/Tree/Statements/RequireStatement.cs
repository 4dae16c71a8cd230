using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>require cond else abort "msg"</c>: stops the run unless the condition holds.</summary>
/// <param name="Condition">What must hold.</param>
/// <param name="Message">Why the run stops otherwise.</param>
/// <param name="Span">Where it is.</param>
public sealed record RequireStatement(Expression Condition, StringLiteral Message, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Condition, Message);
}
