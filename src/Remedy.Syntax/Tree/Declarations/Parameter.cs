using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A parameter of a query or action: <c>replicas: int [= 1]</c>.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">The parameter's type.</param>
/// <param name="Default">The default value, if any; a parameter with a default may be omitted.</param>
/// <param name="Span">Where the parameter is.</param>
public sealed record Parameter(Identifier Name, TypeRef Type, Expression? Default, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Type, Default);
}
