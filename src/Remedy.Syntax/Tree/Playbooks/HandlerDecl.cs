using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>on failure { ... }</c> or <c>on success { ... }</c>: what happens after the run.</summary>
/// <param name="Kind">Which outcome the handler runs on.</param>
/// <param name="Body">What it does.</param>
/// <param name="Span">Where it is.</param>
public sealed record HandlerDecl(HandlerKind Kind, Block Body, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Body);
}
