using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A type as written: <c>string</c>, <c>list&lt;Pod&gt;</c>, <c>map&lt;string, string&gt;</c>, <c>k8s.Pod?</c>.</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Arguments">Type arguments, for generic types.</param>
/// <param name="IsOptional">Whether the type ends with <c>?</c>.</param>
/// <param name="Span">Where the type is.</param>
public sealed record TypeRef(QualifiedName Name, ImmutableArray<TypeRef> Arguments, bool IsOptional, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name).Concat(Arguments);

    /// <inheritdoc />
    public override string ToString() =>
        Name.Text + (Arguments.IsEmpty ? "" : "<" + string.Join(", ", Arguments) + ">") + (IsOptional ? "?" : "");
}
