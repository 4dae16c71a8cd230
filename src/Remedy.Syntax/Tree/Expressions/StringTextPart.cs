using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>Literal text in a string, with escapes resolved.</summary>
/// <param name="Text">The text.</param>
/// <param name="Span">Where it is.</param>
public sealed record StringTextPart(string Text, SourceSpan Span) : StringPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
