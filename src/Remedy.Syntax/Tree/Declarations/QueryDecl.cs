using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>query pods(...) -&gt; list&lt;Pod&gt; { ... }</c>: a read-only call to a provider.</summary>
/// <param name="Name">The query's name.</param>
/// <param name="Doc">Its doc comment.</param>
/// <param name="Parameters">Its parameters.</param>
/// <param name="ReturnType">What it returns, if declared.</param>
/// <param name="Clauses">Its clauses, in source order.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record QueryDecl(Identifier Name, DocComment? Doc, ImmutableArray<Parameter> Parameters, TypeRef? ReturnType, ImmutableArray<IQueryClause> Clauses, SourceSpan Span) : Declaration(Name, Doc, Span)
{
    /// <inheritdoc />
    public override string Keyword => "query";

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() =>
        Present(Name).Concat(Parameters).Concat(Present(ReturnType)).Concat(Clauses.Cast<SyntaxNode>());
}
