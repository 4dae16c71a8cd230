using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>let name = value</c>: names a value.</summary>
/// <param name="Name">The name.</param>
/// <param name="Type">The declared type, if any.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record LetStatement(Identifier Name, TypeRef? Type, Expression Value, SourceSpan Span) : Statement(Span), IPlaybookMember, IOptionMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Type, Value);
}
