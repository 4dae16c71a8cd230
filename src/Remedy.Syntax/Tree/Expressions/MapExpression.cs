using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>{"k": v}</c>.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="Span">Where it is.</param>
public sealed record MapExpression(ImmutableArray<MapEntry> Entries, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Entries;
}
