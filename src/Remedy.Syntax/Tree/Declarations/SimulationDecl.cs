using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>simulation lab for playbook { ... }</c>: a sandbox in which a playbook's learner trains.</summary>
/// <param name="Name">The simulation's name.</param>
/// <param name="Doc">Its doc comment.</param>
/// <param name="Playbook">The playbook it simulates.</param>
/// <param name="Items">Its settings, populations and outcomes, in source order.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record SimulationDecl(Identifier Name, DocComment? Doc, Identifier Playbook, ImmutableArray<SimulationItem> Items, SourceSpan Span) : Declaration(Name, Doc, Span)
{
    /// <inheritdoc />
    public override string Keyword => "simulation";

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Playbook).Concat(Items);
}
