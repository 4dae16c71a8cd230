using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A percentage such as <c>25%</c>.</summary>
/// <param name="Value">The value, from 0 to 100.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Span">Where it is.</param>
public sealed record PercentLiteral(double Value, string Text, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
