using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>{ ... }</c>: statements run in order.</summary>
/// <param name="Statements">The statements.</param>
/// <param name="Span">Where it is.</param>
public sealed record Block(ImmutableArray<Statement> Statements, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Statements;
}
