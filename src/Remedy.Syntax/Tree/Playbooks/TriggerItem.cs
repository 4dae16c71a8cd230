using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>trigger alert "Name" where cond</c> (or <c>trigger resolved "Name"</c>): what starts the playbook.</summary>
/// <param name="OnResolved">Whether the trigger fires when the alert resolves rather than when it fires.</param>
/// <param name="AlertName">The alert's name.</param>
/// <param name="Condition">The <c>where</c> condition, if any.</param>
/// <param name="Span">Where it is.</param>
public sealed record TriggerItem(bool OnResolved, StringLiteral AlertName, Expression? Condition, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(AlertName, Condition);
}
