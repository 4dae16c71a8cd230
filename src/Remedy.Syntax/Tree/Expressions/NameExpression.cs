using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A name: a let, a loop variable, an import alias, <c>alert</c>, <c>it</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Span">Where it is.</param>
public sealed record NameExpression(Identifier Name, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name);
}
