using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A field of a resource: <c>name: string</c>.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Doc">The <c>///</c> comment before it, if any; hover shows it.</param>
/// <param name="Type">The field's type.</param>
/// <param name="Span">Where the field is.</param>
public sealed record FieldDecl(Identifier Name, DocComment? Doc, TypeRef Type, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Type);
}
