using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record BoolLiteral(bool Value, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
