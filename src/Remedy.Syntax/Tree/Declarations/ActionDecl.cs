using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>action scale(...) { effect ...; risk ...; rollback ... }</c>: a call that changes the world.</summary>
/// <param name="Name">The action's name.</param>
/// <param name="Doc">Its doc comment.</param>
/// <param name="Parameters">Its parameters.</param>
/// <param name="Clauses">Its clauses, in source order.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record ActionDecl(Identifier Name, DocComment? Doc, ImmutableArray<Parameter> Parameters, ImmutableArray<IActionClause> Clauses, SourceSpan Span) : Declaration(Name, Doc, Span)
{
    /// <inheritdoc />
    public override string Keyword => "action";

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name).Concat(Parameters).Concat(Clauses.Cast<SyntaxNode>());
}
