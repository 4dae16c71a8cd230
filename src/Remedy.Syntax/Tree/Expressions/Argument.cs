using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>An argument of a call, positional or named (<c>name: value</c>).</summary>
/// <param name="Name">The parameter name, for a named argument.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record Argument(Identifier? Name, Expression Value, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Value);
}
