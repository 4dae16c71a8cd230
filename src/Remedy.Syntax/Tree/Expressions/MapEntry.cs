using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>key: value</c> in a map literal.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record MapEntry(Expression Key, Expression Value, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Key, Value);
}
