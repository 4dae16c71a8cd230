using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>An expression the parser expected but did not find; it stands in so the tree stays whole.</summary>

/// <param name="Span">Where it is.</param>
public sealed record MissingExpression(SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
