using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>[a, b]</c>.</summary>
/// <param name="Items">The items.</param>
/// <param name="Span">Where it is.</param>
public sealed record ListExpression(ImmutableArray<Expression> Items, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Items;
}
