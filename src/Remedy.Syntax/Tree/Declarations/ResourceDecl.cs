using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>resource Pod { ... }</c>: a kind of thing in the world that playbooks act on.</summary>
/// <param name="Name">The resource's name.</param>
/// <param name="Doc">Its doc comment.</param>
/// <param name="Fields">Its fields.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record ResourceDecl(Identifier Name, DocComment? Doc, ImmutableArray<FieldDecl> Fields, SourceSpan Span) : Declaration(Name, Doc, Span)
{
    /// <inheritdoc />
    public override string Keyword => "resource";

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name).Concat(Fields);
}
