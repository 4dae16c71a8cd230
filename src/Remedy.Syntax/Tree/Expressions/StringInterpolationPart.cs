using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>${expr}</c> in a string.</summary>
/// <param name="Expression">The interpolated expression.</param>
/// <param name="Span">Where it is.</param>
public sealed record StringInterpolationPart(Expression Expression, SourceSpan Span) : StringPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Expression);
}
