using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>blast_radius { ... }</c>: the most the playbook may touch in one run.</summary>
/// <param name="Clauses">Its clauses, in source order.</param>
/// <param name="Span">Where it is.</param>
public sealed record BlastRadiusItem(ImmutableArray<BlastRadiusClause> Clauses, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Clauses;
}
