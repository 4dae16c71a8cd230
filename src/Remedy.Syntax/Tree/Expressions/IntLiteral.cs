using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>An integer such as <c>3</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Span">Where it is.</param>
public sealed record IntLiteral(long Value, string Text, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
