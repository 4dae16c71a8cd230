using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>field: value</c> in a record literal.</summary>
/// <param name="Name">The field.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record RecordField(Identifier Name, Expression Value, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Value);
}
